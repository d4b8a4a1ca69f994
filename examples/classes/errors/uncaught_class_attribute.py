# Asking the class for something only instances have.
class Point:
    dimensions = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point.dimensions)
print(Point(1, 2).x)
print(Point.x)
