# TypeError messages when calling methods with the wrong arguments.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def scale(self, factor=1, *, center=False):
        return (self.x * factor, self.y * factor, center)


p = Point(0, 0)
attempts = [
    lambda: p.move(1),
    lambda: p.move(),
    lambda: p.move(1, 2, 3),
    lambda: p.move(1, dy=2, dx=3),
    lambda: p.move(1, 2, dz=3),
    lambda: Point.move(1, 2),
    lambda: Point(1),
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: p.scale(2, True),
    lambda: p.scale(2, centre=True),
]
for attempt in attempts:
    try:
        attempt()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)

p.move(dy=5, dx=2)
print(p.x, p.y, p.scale(2, center=True))
