# A typo in an attribute name: CPython suggests the closest name.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.label = "P"


p = Point(3, 4)
print(p.x, p.y, p.label)
print(p.lable)
