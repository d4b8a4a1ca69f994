# Instances and methods: 1,000,000 objects of a small class hierarchy, each
# made with __init__ (calling super().__init__) and asked for a method result.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


total = 0
for i in range(1_000_000):
    r = Rect(i % 7, i % 11)
    total += r.area()
print("classes checksum:", total)
