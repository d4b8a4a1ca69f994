# Misspelling __init__ means the class has no initializer taking arguments.
class Point:
    def __int__(self, x, y):
        self.x = x
        self.y = y


print("making a point")
p = Point(1, 2)
print(p.x)
