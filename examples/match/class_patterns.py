# Class patterns: __match_args__, keyword sub-patterns, builtins matching
# themselves, and inheritance.
class Shape:
    pass


class Circle(Shape):
    __match_args__ = ("radius",)

    def __init__(self, radius):
        self.radius = radius


class Rect(Shape):
    __match_args__ = ("width", "height")

    def __init__(self, width, height):
        self.width = width
        self.height = height

    @property
    def area(self):
        return self.width * self.height


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


def area(shape):
    match shape:
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Square(width=w):
            return f"square {w * w}"
        case Rect(w, h, area=a):
            return f"rect {w}x{h} = {a}"
        case Shape():
            return "some shape"
        case bool(b):
            return f"bool {b}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s) | bytes(s):
            return f"string {s!r}"
        case list([first, *_]):
            return f"list starting with {first}"
        case dict(d) if not d:
            return "empty dict"
        case tuple((a, b)):
            return f"tuple {a} {b}"
        case _:
            return "not a shape"


for s in [Circle(1), Rect(2, 3), Square(4), Shape(), True, 5, 2.5, "hi", b"x",
          [9, 8], [], {}, (1, 2), None]:
    print(area(s))


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class NotStrings:
    __match_args__ = (1,)

    x = 1


tests = [
    ("not a type", lambda: area_of(5, len)),
]


def try_match(subject, kind):
    try:
        match subject:
            case NoArgs(x) if kind == 1:
                return "matched"
            case BadArgs(x) if kind == 2:
                return "matched"
            case NotStrings(x) if kind == 3:
                return "matched"
            case int(a, b) if kind == 4:
                return "matched"
            case Circle(r, radius=q) if kind == 5:
                return "matched"
        return "no match"
    except TypeError as e:
        return f"TypeError: {e}"


print(try_match(NoArgs(), 1))
print(try_match(BadArgs(), 2))
print(try_match(NotStrings(), 3))
print(try_match(7, 4))
print(try_match(Circle(2), 5))
print(try_match(Circle(2), 1))

not_a_class = len
try:
    match 5:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)
