# String indexing, negative indices and slices
s = "Python rocks"
print(s[0], s[5], s[-1], s[-5])
print(s[0:6], s[7:], s[:6], s[-5:])
print(s[::2], s[1::2], s[::-1])
print(s[2:10:3], s[-1:-6:-1], s[10:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3])
print(s[:], s[:] == s)
print(len(s), len(""), len(s[::3]))

word = "level"
print(word, "palindrome" if word == word[::-1] else "not palindrome")

def initials(name):
    return "".join(part[0].upper() for part in name.split())

print(initials("ada lovelace"), initials("grace brewster murray hopper"))

try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)

for i, ch in enumerate("abc"):
    print(i, ch, end="; ")
print()
print(list("hey"), tuple("ok"))
