import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError("subclasses must implement area()")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __str__(self):
        return f"<{self.__class__.__name__} {self.name}>"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")

    def describe(self):
        return "Square! " + super().describe()


shapes = [Circle(1), Rectangle(2, 3), Square(4), Circle(0.5)]
for s in shapes:
    print(s, "->", s.describe())
print("total area:", round(sum(s.area() for s in shapes), 3))
print("biggest:", max(shapes, key=lambda s: s.area()).name)
print(Shape.count, Square(1).perimeter(), Shape.count)
print(isinstance(shapes[2], Rectangle), isinstance(shapes[0], Rectangle), type(shapes[2]) is Square)
print([cls.__name__ for cls in Square.__mro__])
print(Square.__bases__[0].__name__, issubclass(Square, Shape), issubclass(Circle, Rectangle))
try:
    Shape("blob").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(hasattr(shapes[1], "perimeter"), hasattr(shapes[0], "perimeter"), getattr(shapes[0], "r"))
print(shapes[3].__dict__)
print(vars(shapes[1]))
