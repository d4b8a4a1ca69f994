# split, rsplit, splitlines and join
line = "  the quick   brown fox  "
print(line.split())
print(line.split(" "))
print("a,b,,c".split(","))
print("a,b,c,d".split(",", 2))
print("a,b,c,d".rsplit(",", 2))
print("a b c d".rsplit(maxsplit=1))
print("one::two::three".split("::"))
print("".split(), "".split(","))
print("no separators here".split(","))

text = "first line\nsecond line\r\nthird\n\nfifth"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("trailing\n".splitlines(), "trailing\n".split("\n"))

words = ["spam", "eggs", "ham"]
print(", ".join(words))
print("".join(words))
print("-".join("abc"))
print(" + ".join(str(n) for n in range(1, 5)), "=", sum(range(1, 5)))
print("\n".join(["row 1", "row 2"]))

csv = "name=Ann;age=31;city=Oslo"
record = {}
for field in csv.split(";"):
    key, value = field.split("=")
    record[key] = value
print(record)
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
