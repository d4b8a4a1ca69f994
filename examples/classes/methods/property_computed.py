# Read-only computed properties.
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    @property
    def area(self):
        return self.width * self.height

    @property
    def is_square(self):
        return self.width == self.height


r = Rectangle(3, 4)
print(r.area, r.is_square)
r.width = 4
print(r.area, r.is_square)

try:
    r.area = 100
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.area
except AttributeError as e:
    print("AttributeError:", e)


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def get_f(self):
        return self.degrees * 9 / 5 + 32

    def set_f(self, value):
        self.degrees = (value - 32) * 5 / 9

    # The old-style way to build a property
    fahrenheit = property(get_f, set_f)


c = Celsius(100)
print(c.fahrenheit)
c.fahrenheit = 32
print(c.degrees)
