# __str__ is for people, __repr__ is for developers.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


p = Point(1, 2)
print(p)
print(str(p), repr(p))
print(f"{p} {p!r}")
print([p, Point("a", 2.5)])       # containers use repr
print({"origin": Point(0, 0)})
print(OnlyRepr(), str(OnlyRepr()))  # str falls back to repr
print("%s and %r" % (p, p))
print(format(p), "{}".format(p))


class Plain:
    pass


# The default repr has an address; show only the class name
print(type(Plain()).__name__, repr(Plain()).split(" object at ")[0])
