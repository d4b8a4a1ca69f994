# A subclass inherits methods and can override them.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return round(3.14159 * self.r ** 2, 2)


for shape in [Shape("blob"), Square(3), Circle(2)]:
    print(shape.describe())

print(Square.__bases__[0].__name__, Shape.__bases__[0].__name__)
print(issubclass(Square, object), isinstance(Circle(1), object))
print("describe" in vars(Shape), "describe" in vars(Square))
