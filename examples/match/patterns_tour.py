# Every kind of pattern, each tried against a few subjects.
from collections import OrderedDict, deque


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Color:
    RED = "red"
    GREEN = "green"


def describe(subject):
    match subject:
        case None:
            return "None"
        case True:
            return "True"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case "hello" | b"bytes":
            return "greeting or bytes"
        case Color.RED:
            return "the colour red"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item: {x!r}"
        case [first, *_, last] if first == last:
            return f"same ends: {first!r}"
        case (a, b, *rest):
            return f"pair-ish {a!r} {b!r} rest={rest!r}"
        case {"action": "move", "to": (x, y) as target}:
            return f"move to {target} ({x}, {y})"
        case {"name": str(name), **extra}:
            return f"named {name} with {extra}"
        case {}:
            return "some mapping"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on the y axis at {yy}"
        case Point(xx, 0):
            return f"on the x axis at {xx}"
        case Point():
            return f"a point: {subject}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as number:
            return f"number {number}"
        case str() as text:
            return f"text {text!r}"
        case _:
            return "something else"


subjects = [None, True, False, 0, 0.0, -1, "hello", b"bytes", "red",
            [], (), [1], (2,), [1, 2, 1], [1, 2, 3], (1, 2), "ab", range(3),
            deque([5, 6, 5]), {"action": "move", "to": (3, 4)},
            {"action": "move", "to": [3, 4]}, {"name": "Ann", "age": 3},
            {"name": 5}, OrderedDict(a=1), {}, Point(0, 0), Point(0, 5),
            Point(7, 0), Point(2, 3), 1000, 42, 2.5, "text", {1, 2}, object]
for s in subjects:
    print(repr(s), "->", describe(s))
