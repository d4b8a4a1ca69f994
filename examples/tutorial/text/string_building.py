# Different ways to build strings
parts = []
for i in range(1, 6):
    parts.append(str(i * i))
print(", ".join(parts))

s = ""
for ch in "abc":
    s += ch.upper() + ch
print(s)

print("Row:", *range(5))
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print(" ... continued")
print(*["x", "y"], sep="")
print()
print("multi\nline\ttab")
print(r"raw \n string", len(r"\n"))
print("""triple
quoted""")
print('single' "adjacent" 'concat')
name = "World"
print("Hello, " + name + "!" + str(42) + repr(4.0))

# character arithmetic
alphabet = "".join(chr(c) for c in range(ord("a"), ord("z") + 1))
print(alphabet, alphabet[::-1][:5], alphabet[3:8], alphabet[-3:])
print([alphabet.index(c) for c in "hello"])

# repeated pattern / triangle
for i in range(1, 5):
    print(" " * (4 - i) + "*" * (2 * i - 1))
for i in range(4, 0, -1):
    print(str(i) * i)

# number to words (small)
ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
print(" ".join(ones[int(d)] for d in "2024"))
print("%s" % "-".join(str(n) for n in range(3)))
print(str(["a", 'b"c', "d'e"]), str(("x",)), str({1: "one"}))
