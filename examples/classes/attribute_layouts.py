# Instance attributes set in different orders, deleted and added again, set
# through setattr with names built at run time, and shadowed or replaced
# methods: every read sees the current value.
class Point:
    def __init__(self, x, y, swap=False):
        if swap:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


points = [Point(i, -i, swap=i % 3 == 0) for i in range(6)]
print([p.norm1() for p in points])
print([list(vars(p)) for p in points[:4]])

p = points[1]
del p.x
try:
    p.norm1()
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.norm1(), list(vars(p)))

for i, p in enumerate(points):
    setattr(p, "tag_" + str(i % 2), i)
print([sorted(vars(p)) for p in points[:3]])
print([getattr(p, "tag_" + str(i % 2)) for i, p in enumerate(points)])

# An instance attribute named like the method shadows it for that instance.
q = Point(3, 4)
print(q.norm1())
q.norm1 = lambda: "instance attribute"
print(q.norm1(), Point(1, 1).norm1())

# Replacing the method on the class is seen at once.
Point.norm1 = lambda self: self.x * self.y
print([p.norm1() for p in points[:3]], Point(2, 5).norm1())


class Counter:
    total = 0

    def bump(self):
        self.total += 1
        return self.total


c = Counter()
print([c.bump() for _ in range(3)], Counter.total, c.total)
Counter.total = 100
d = Counter()
print(d.bump(), c.bump())
