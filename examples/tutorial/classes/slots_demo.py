class PointWithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointWithSlots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"PointWithSlots({self.x}, {self.y})"


a = PointWithDict(1, 2)
a.z = 3
print(a.__dict__)

b = PointWithSlots(1, 2)
print(b, PointWithSlots.__slots__, hasattr(b, "__dict__"))
b.x = 10
print(b.x)
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Partial:
    __slots__ = ("name", "age")

    def __init__(self, name):
        self.name = name


p = Partial("Ann")
try:
    print(p.age)
except AttributeError as e:
    print("AttributeError:", e)
p.age = 30
print(p.name, p.age)
