# Methods and attributes of int: bit_length, bit_count, to_bytes, from_bytes...
for n in [0, 1, 5, 255, 256, -37, 2**64, 10**30]:
    print(n, n.bit_length(), n.bit_count())

print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (5).to_bytes())
print((-2).to_bytes(2, "big", signed=True), (65535).to_bytes(2, byteorder="little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes([255, 254], "big", signed=True), int.from_bytes(b"\xff"))
big = 2**100 + 12345
print(int.from_bytes(big.to_bytes(13, "big"), "big") == big)

x = 42
print(x.real, x.imag, x.numerator, x.denominator, x.conjugate(), x.as_integer_ratio())
print(True.numerator, True.real, False.denominator, True.as_integer_ratio())
print((7).__index__(), (7).__int__(), (7).__float__(), (-7).__abs__(), (1234).__round__(-2))
print((15).__trunc__(), (15).__floor__(), (15).__ceil__(), (255).__format__("#x"))
print(format(255, "08b"), (3).__neg__(), (3).__invert__(), (0).__bool__())

for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
            lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"),
            lambda: int.from_bytes("text"), lambda: (5).bit_length(1)]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
