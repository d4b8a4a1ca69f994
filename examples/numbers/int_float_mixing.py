# Mixing int and float in arithmetic and comparisons
print(1 + 2.0, 3 * 1.5, 10 - 0.5)
print(10 / 5, type(10 / 5).__name__)
print(10 // 4.0, 10 % 4.0, 2 ** 0.5, 4 ** 0.5)
print(2 ** -1, 10 ** -3)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0)
print(int(2.0) == 2, float(3), float(-7))
print(sum([1, 2.5, 3]), max(1, 2.0), min(2, 2.0), max(2.0, 2))
print(7 / 7, 0 * 1.5, -0 * 1.5)
print(abs(-3.5), abs(-3))
print(1e3 == 1000, 1e3)
print(3 + True, 3.5 + False)
print(divmod(7, 2.0), pow(2, 0.5))
print(0.5 + 0.5 == 1, type(0.5 + 0.5).__name__)

def mean(xs):
    return sum(xs) / len(xs)

print(mean([1, 2, 3]), mean([1, 2]), mean([1.5, 2.5]))
print(round(10 / 3, 3), 10 / 3 * 3)
