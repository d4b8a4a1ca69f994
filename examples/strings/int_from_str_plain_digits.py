# int(str) and int(str, base): the plain-digit strings read straight from
# the bytes, next to everything that needs the full parser (signs,
# whitespace, underscores, prefixes, non-ASCII digits, big values) and the
# errors, which must read exactly as CPython's.
cases = [
    ("0", 10), ("7", 10), ("00012", 10), ("123456789012345678", 10), ("1234567890123456789", 10),
    ("99999999999999999999999", 10), ("ff", 16), ("FF", 16), ("5a", 16), ("zz", 36), ("ZZ", 36),
    ("101", 2), ("777", 8), ("zzzzzzzzzzzz", 36), ("zzzzzzzzzzzzz", 36), ("0x1f", 16), ("0X1F", 0),
    ("0o17", 8), ("0b101", 2), ("0b101", 0), ("010", 0), ("0", 0), (" 12 ", 10), ("+5", 10),
    ("-5", 10), ("1_000", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("١٢٣", 10), ("٣", 16),
    ("12\u00a0", 10), ("", 10), (" ", 10), ("a", 10), ("9", 8), ("2", 2), ("g", 16), ("z", 35),
    ("12", 37), ("12", 1), ("12", -1), ("12", 0), ("1e5", 10), ("1.5", 10), ("0x", 16),
    ("é", 10), ("12é", 10), ("\x00", 10), ("1\x002", 10),
]
for text, base in cases:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError:", e)
for text in ["42", "-42", " 42\n", "4_2", "٤٢", "x", "9" * 30]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

class S(str):
    pass

print(int(S("123")), int(S("7f"), 16))
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int("12", "10")
except TypeError as e:
    print("TypeError:", e)
print(sum(int(str(i)) + int(format(i, "x"), 16) for i in range(1000)))
