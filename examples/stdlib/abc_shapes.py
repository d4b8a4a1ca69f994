from abc import ABC, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self):
        """Return the area."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


for cls in (Shape, Square):
    try:
        cls(1)
    except TypeError as e:
        print("TypeError:", e)
print(Circle(1).describe())
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), Circle.__abstractmethods__)


class Plugin(ABC):
    pass


class Legacy:
    pass


Plugin.register(Legacy)
print(isinstance(Legacy(), Plugin), issubclass(Legacy, Plugin), issubclass(int, Plugin))


class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...


class Named(Base):
    name = "fixed"


print(Named().name)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
