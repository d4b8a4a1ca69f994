# Subclasses of int and float: __new__, extra methods, overridden
# __repr__/__str__/__add__, and builtins (math, round, format, indexing).
import math


class Celsius(float):
    def __new__(cls, degrees):
        return super().__new__(cls, degrees)

    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"Celsius({float(self)})"


c = Celsius(21.5)
print(c, repr(c), str(c), c.to_fahrenheit(), c + 1, 1 + c, c > 20, round(c), f"{c:.2f}")
print(isinstance(c, float), type(c + 1).__name__, sorted([Celsius(3), Celsius(1.5)]), int(c))
print(abs(Celsius(-2)), -c, c == 21.5, hash(c) == hash(21.5), {c: "warm"}[21.5], f"{c}", [c])


class Count(int):
    def __new__(cls, value=0):
        return super().__new__(cls, value)

    def double(self):
        return Count(self * 2)


k = Count(5)
print(k, repr(k), k.double(), type(k.double()).__name__, k + 1, type(k + 1).__name__, k * k)
print(range(k), [0, 1, 2, 3, 4, 5][k], "abcdef"[k], [1, 2, 3][Count(0):Count(2)], k == 5, k < 10)
print(hash(k) == hash(5), isinstance(k, int), bool(Count()), f"{k:03d}", "%d|%s|%x" % (k, k, k))
print(str(k), k.bit_length(), k.real, type(k.real).__name__, hex(k), bin(k), chr(Count(65)))
print(int.__new__(Count, "ff", 16), Count(3.9), Count(), divmod(k, 2), divmod(17, k), 2 ** k, pow(k, 2, 3))


class Money(int):
    def __str__(self):
        return f"${int(self)}"

    def __add__(self, other):
        return Money(int(self) + other)

    __radd__ = __add__


m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, 3 + m, type(3 + m).__name__, f"{m}", m - 1)
print(sum([Money(1), Money(2)]), type(sum([Money(1), Money(2)])).__name__, max(Money(1), Money(3)))
print(Money(7) // 2, Money(7) % 2, Money(2) ** 3, round(Money(7)), Money(6) >> 1, Money(6) & 3, -m, ~m)
print(math.sqrt(Money(16)), math.floor(Money(3)), list(range(Money(3))), int(Money(7)), float(Money(7)))


class Temperature(float):
    def __init__(self, value):
        self.unit = "C"


t = Temperature(1.5)
print(t, t.unit, t.is_integer(), t.as_integer_ratio(), t.real, t.hex(), math.floor(t), int(t))
print("%.2f" % t, "%s" % t, "%d" % t, format(t, ".1f"), t * 2, 2 * t, t / 3, t // 1, t ** 2)
print(max(t, 1), min([Temperature(3), Temperature(2)]), sorted([Temperature(3), 1, Temperature(2)]))
print(type(t).__mro__, Temperature.__bases__, isinstance(t, (int, float)), vars(t))
for bad in [lambda: Count("x"), lambda: Temperature("warm"), lambda: Count(1, 2, 3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
