values = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 12345.6789]
for v in values:
    print(v, round(v), round(v, 2), round(v, 1), round(v, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-55, -1), round(5))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9)
print(1 / 3, 2 / 3, 10 / 3, 1e-7, 1e16, 1.0e15, 123456789.123456789)
print(3.0, 3.14, -0.0, 1e100, 1.5e-10, 2.5e+20, float("inf"), -float("inf"), float("nan"))
print(float("3.5"), float("  -2 "), float("1e3"), float(7), int(3.99), int(-3.99), int("  42 "))
print(100 * 1.1, 0.1 * 3, 1.1 + 2.2, 3 * 0.1 == 0.3, 9.95 * 10)
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9)
print(f"{2.675:.2f}", f"{1.005:.2f}", f"{0.125:.2f}", f"{0.375:.2f}", "%.0f" % 0.5, "%.0f" % 1.5)
print((1.5).is_integer(), (2.0).is_integer(), (0.25).as_integer_ratio(), (3.0).hex() if False else "")
print(int(1e20), float(2 ** 53 + 1), 2 ** 53 + 1, 1e22, 1e21, 123e-20)
print(7.0 / 2, 7.0 // 2, 2 ** 0.5 * 2 ** 0.5, 10 ** -2, 1 / 7)
total = 0.0
for price in [19.99, 5.01, 0.10, 3.33]:
    total += price
print(total, round(total, 2), f"{total:.2f}")
print(max(1, 2.0), min(-0.0, 0.0), 1 == 1.0, hash(1.0) == hash(1))
