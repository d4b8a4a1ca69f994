# format(value, spec) calls the same mini-language as str.format
print(format(3.14159, ".2f"))
print(format(255, "x"), format(255, "#b"), format(255, "08b"))
print(format(1234567, ","), format(0.125, ".1%"))
print(format("hi", "^6") + "|", format("hi", "*<5"))
print(repr(format(42)), repr(format(42, "")), repr(format("s")))
print(format(-1.5, "+.3e"), format(1e100, "g"), format(65, "c"))
print(format(True, "d"), format(None, ""), format([1, 2], ""))

def money(amount):
    return format(amount, ",.2f")

for amount in [0, 5.5, 1234.5, -98765.4321, 10 ** 7]:
    print(money(amount).rjust(15))
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
try:
    format("text", "d")
except ValueError as e:
    print("ValueError:", e)
