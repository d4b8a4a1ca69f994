# split and rsplit on a separator: results of every size, maxsplit limits,
# separators that could overlap, non-ASCII text, and the result's
# independence from the source.
for text in ["", ",", ",,", "a", "a,b", "a,b,", ",a,b", "a,,b", "x" * 40 + "," + "y" * 40]:
    print(repr(text), text.split(","), text.rsplit(","))
for maxsplit in [-2, -1, 0, 1, 2, 3, 10]:
    print(maxsplit, "a:b:c:d".split(":", maxsplit), "a:b:c:d".rsplit(":", maxsplit))
for sep in ["aa", "aba", "::"]:
    for text in ["aaa", "aaaa", "aaaaa", "ababababa", "::::", ":::::", "a::b:::c"]:
        print(repr(sep), repr(text), text.split(sep), text.rsplit(sep), text.split(sep, 1), text.rsplit(sep, 1))
print("日本:語:é".split(":"), "日本語日本".split("本"), "é,ü,ß".rsplit(",", 1))
print([len(p) for p in "日本:語:é:".split(":")], [len(p) for p in "item:00012:54:12".split(":")])
parts = "one two three".split(" ")
parts.append("four")
print(parts, len(parts))
name, num, hexa, mod = "item:00042:126:42".split(":")
print(name, int(num), int(hexa, 16), int(mod), name.upper() + hexa)
big = ",".join(str(i) for i in range(10000))
pieces = big.split(",")
print(len(pieces), pieces[0], pieces[-1], sum(map(int, pieces)))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError:", e)
