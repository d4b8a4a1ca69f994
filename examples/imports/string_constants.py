# The string module's character classes, and capwords
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords("the quick  brown fox"), string.capwords("x-y-z", "-"))

def is_identifier_like(text):
    return bool(text) and text[0] not in string.digits and all(
        ch in string.ascii_letters + string.digits + "_" for ch in text)

print([w for w in ["abc", "a1", "1a", "_x", "a-b", ""] if is_identifier_like(w)])
alphabet = string.ascii_lowercase
shift = 3
table = {c: alphabet[(i + shift) % 26] for i, c in enumerate(alphabet)}
print("".join(table.get(c, c) for c in "hello, world"))
print(sum(c in string.punctuation for c in "Hi! How's it going?"))
