# The exact wording of AttributeError on instances and classes.
class Point:
    origin = (0, 0)

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)
    print(e.name, type(e.obj).__name__)
try:
    Point.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.x                    # x is an instance attribute only
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.move(1, 1)
except AttributeError as e:
    print("AttributeError:", e)
print(p.origin, Point.origin)
