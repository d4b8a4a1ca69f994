# __add__, __radd__ and __mul__ for a small vector class.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        if other == 0:
            return self
        return NotImplemented

    def __radd__(self, other):
        print("(radd with", other, end=")\n")
        return self.__add__(other)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


a = Vector(1, 2)
b = Vector(10, 20)
print(a + b)
print(a * 3, 3 * a)
print(0 + a)
print(sum([a, b, Vector(100, 200)]))
a += b                         # no __iadd__: uses __add__
print(a)

try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a * a
except TypeError as e:
    print("TypeError:", e)
