# int() from strings and floats, with and without a base
print(int("42"), int(" 42 "), int("-17"), int("+8"))
print(int("ff", 16), int("FF", 16), int("0xff", 16))
print(int("101", 2), int("0b101", 0), int("0o17", 0), int("0x1f", 0))
print(int("777", 8), int("z", 36), int("1_000_000"))
print(int(3.9), int(-3.9), int(True), int(False))
print(int(1e20))
print(int("  12\n"))

for text in ["12", "1.5", "abc", "", "0x10"]:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print(repr(text), "-> ValueError:", e)

try:
    int("12", 2)
except ValueError as e:
    print(e)
print(float("1e3"), float(" 2.5 "), float("-0.5"), float("3"))
