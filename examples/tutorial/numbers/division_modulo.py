pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10, 5)]
print(f"{'a':>4}{'b':>4}{'a/b':>8}{'a//b':>6}{'a%b':>6}  divmod")
for a, b in pairs:
    print(f"{a:>4}{b:>4}{a / b:>8.3f}{a // b:>6}{a % b:>6}  {divmod(a, b)}")

print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % 2.5, divmod(7.5, 2))
print(5 / 2, 4 / 2, 1 / 3, 2 / 3, -1 / 3, 10 / 4)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5, 4 ** 0.5, 0 ** 0)
print(10 % 3, -10 % 3, 10 % -3, 3 % 10, 0 % 5)
print(int(7 / 2), int(-7 / 2), round(7 / 2), round(-7 / 2), 7 // 2 * 2 + 7 % 2)
seconds = 98765
h, rem = divmod(seconds, 3600)
m, s = divmod(rem, 60)
print(f"{seconds}s = {h}h {m:02d}m {s:02d}s")
for n in range(-3, 4):
    print(n, "even" if n % 2 == 0 else "odd", n % 3, n // 3)
cents = 1999
print(f"${cents // 100}.{cents % 100:02d}")
print(17 // 5, 17 % 5, -17 // 5, -17 % 5, 1e300 * 10 // 1 if False else "skip")
print(divmod(-1, 10), divmod(123456789, 1000), (-1) % 10)
print(5 // 0.5, 1 // 0.3, 1 % 0.3)
