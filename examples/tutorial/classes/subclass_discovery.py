class Shape:
    sides = 0

    @classmethod
    def describe(cls):
        return f"{cls.__name__} has {cls.sides} sides"


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4


class Pentagon(Shape):
    sides = 5


class RightTriangle(Triangle):
    pass


def all_subclasses(cls):
    found = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(all_subclasses(sub))
    return found


print([c.__name__ for c in Shape.__subclasses__()])
for cls in all_subclasses(Shape):
    print(cls.describe())
print(len(all_subclasses(Shape)), [c.__name__ for c in RightTriangle.mro()])
