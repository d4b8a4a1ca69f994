import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)


v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, -v, abs(v))
print(v == Vector(3, 4), v != w, v == (3, 4), bool(Vector(0, 0)), bool(w))
print(list(v), tuple(w), v / 2)
x, y = v
print(x, y)
print({v, Vector(3, 4), w} == {v, w}, len({v, Vector(3, 4)}))
total = Vector(0, 0)
for vec in [v, w, Vector(10, 10)]:
    total += vec
print(total)
print(sum([v, w], Vector(0, 0)))
print(sorted([Vector(3, 1), Vector(1, 1), Vector(2, 5)], key=abs))
print(max([v, w], key=lambda q: q.x))
try:
    v + 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    print("a" * v)
except TypeError as e:
    print("TypeError:", e)
