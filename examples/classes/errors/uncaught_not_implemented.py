# An "abstract" base method that subclasses must override.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def report(self):
        return f"{type(self).__name__}: {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Triangle(Shape):
    def __init__(self, base, height):
        self.base = base
        self.height = height
    # forgot to write area()


for shape in [Square(3), Triangle(4, 5)]:
    print(shape.report())
