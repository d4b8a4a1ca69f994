# arithmetic with complex numbers, mixed with int, bool and float
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + 1.5, 1.5 - a, a * 0.5, 0.5 / a, a + True, True * a)
print(2 ** 100 * 1j, 1j * 10 ** 20, -a, +a, +(-0j), -(0j))
print(1 - 0j, -0.0 + 0j, 0.0 - 0j, complex(-0.0, 0) + 0)

# powers: small integer exponents multiply, others go through polar form
print(1j ** 2, a ** 2, a ** 3, a ** -2, (2 + 0j) ** -1, a ** 0, 0j ** 0, 0j ** 2)
print(1j ** 101, 1j ** -101, a ** 101, (1 + 1j) ** 0.5, a ** 1.5, a ** (1 + 1j))
print(2 ** 1j, 2.5 ** a, 1j ** 0.5, 0j ** 0j, 1j ** 1e10, pow(2j, 2), pow(2j, -2))
print((1e200 + 1e200j) ** 2, 1e308j * 1e308j, 2j ** True)

# a negative number to a fractional power is complex
print((-8) ** 0.5, (-8) ** (1 / 3), (-8.0) ** 0.5, (-1) ** 0.5, (-2) ** 1.5, (-2.0) ** -0.5)
print(pow(-8, 1 / 3), (-27) ** (1 / 3))

# division
print(3 / (1 + 1j), (1 + 1j) / 2, 1.5 / 2j, 1j / 1j, (1e300 + 1e300j) / (1e300 + 1e300j))
print(1 / complex(0, 1e-320), complex(1, float("nan")) / 2)

# abs uses hypot
print(abs(3 + 4j), abs(-0j), abs(1e308 + 1e308j), abs(complex(float("inf"), float("nan"))))
print(abs(complex(float("nan"), 1)), abs(1j ** 3))

# augmented assignment
x = 1 + 2j
x += 1
x *= 2j
x -= 0.5
x **= 2
x /= 3
print(x)

# builtins that add and sort
print(sum([1 + 1j, 2.5, 3], 0j), sum([1j, 2j]))
print(sorted([3 + 4j, 1j, -2, 0.5], key=abs))
print([k * 1j for k in range(4)], max([1j, 3 + 4j, -2j], key=abs))
print(round(abs(1 + 1j), 3))

# dunders by name
print(1j.__add__(1), 1j.__radd__(1), 1j.__add__("a"), 1j.__mul__(2), 1j.__rsub__(1))
print(1j.__truediv__(2), 1j.__rtruediv__(2), 1j.__pow__(2), 1j.__rpow__(2))
print(1j.__eq__(1j), 1j.__eq__("x"), 1j.__ne__(0), 1j.__neg__(), 1j.__pos__(), 1j.__abs__())
print(1j.__bool__(), 1j.__hash__(), 1j.__complex__(), (1 + 2j).__getnewargs__())
print(complex.conjugate(1 + 1j), list(map(complex.__add__, [1j, 2j], [1, 2])))

# user classes take part through their reflected methods
class V:
    def __radd__(self, other):
        return ("radd", other)

    def __rmul__(self, other):
        return ("rmul", other)

    def __eq__(self, other):
        return "V.__eq__"

print(1j + V(), 2j * V(), 1j == V())

# a subclass of complex
class Z(complex):
    def __repr__(self):
        return "Z" + complex.__repr__(self)

z = Z(3, 4)
print(z, type(z).__name__, z + 1, type(z + 1).__name__, -z, abs(z), z.real, z == 3 + 4j)
print(isinstance(z, complex), f"{z:.1f}", hash(Z(1, 0)) == hash(1), str(z))

# conversions through __complex__, __float__ and __index__
class C:
    def __complex__(self):
        return 1 + 1j

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

print(complex(C()), complex(F(), F()), complex(I()), complex(1, I()))
