# Methods of float: is_integer, as_integer_ratio, hex, fromhex, and friends
for x in [1.0, 2.5, -0.75, 0.1, 1e300, 5e-324]:
    print(x, x.is_integer(), x.as_integer_ratio())

for x in [1.0, 0.1, -2.5, 0.0, -0.0, 1e-320, float("inf"), float("nan")]:
    print(repr(x), x.hex())

for text in ["0x1.8p1", "0X1P-2", " -0x1.fffffffffffffp+1023 ", "0x.8", "1", "inf", "-Infinity", "0x1p-1074"]:
    print(repr(text), float.fromhex(text))
print(float.fromhex((3.14159).hex()) == 3.14159)

y = 3.75
print(y.real, y.imag, y.conjugate(), y.__int__(), y.__trunc__(), y.__floor__(), y.__ceil__())
print((-3.75).__floor__(), (-3.75).__ceil__(), (2.5).__round__(), (3.5).__round__(), (2.675).__round__(2))
print((1.5).__float__(), (-1.5).__abs__(), (0.5).__format__(".1%"), 1e20.__int__())

for bad in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(),
            lambda: float.fromhex("0x1p1024"), lambda: float.fromhex("hello"),
            lambda: float("inf").__floor__(), lambda: float("nan").__int__()]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
