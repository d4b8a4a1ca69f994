# The operator module: operators as functions, itemgetter, attrgetter, methodcaller
import operator
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, 100), operator.neg(5), operator.pos(-5))
print(operator.and_(12, 10), operator.or_(12, 3), operator.xor(12, 5), operator.invert(0), operator.lshift(1, 10))
print(operator.eq(1, 1.0), operator.ne("a", "b"), operator.lt(1, 2), operator.ge([1, 2], [1]), operator.not_([]))
print(operator.truth("x"), operator.is_(None, None), operator.is_not(1, None), operator.abs(-2.5), operator.index(7))
print(operator.contains("team", "ea"), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("hello", "l"))
print(operator.concat([1], [2, 3]), operator.getitem({"k": "v"}, "k"), operator.getitem("hello", slice(1, 3)))
data = [1, 2, 3]
operator.setitem(data, 0, 99)
operator.delitem(data, 1)
print(data, operator.iadd([1], [2]), operator.iadd((1,), (2,)), operator.__add__(1, 2), operator.__not__(1))
print(reduce(operator.mul, range(1, 8)), list(map(operator.sub, [10, 20], [1, 2])))

rows = [("bob", 25, "nyc"), ("amy", 31, "la"), ("cal", 25, "sf")]
print(sorted(rows, key=operator.itemgetter(1, 0)), list(map(operator.itemgetter(2), rows)))
print(operator.itemgetter(0, -1)("python"), operator.itemgetter("a")({"a": 1}))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.label = type("Label", (), {"text": f"P{x}{y}"})()
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

pts = [Point(3, 1), Point(1, 2)]
print([p.x for p in sorted(pts, key=operator.attrgetter("x"))], operator.attrgetter("x", "y")(pts[0]))
print(operator.attrgetter("label.text")(pts[1]), operator.methodcaller("moved", 1, dy=5)(pts[0]).y)
print(list(map(operator.methodcaller("upper"), ["a", "b"])), operator.methodcaller("split", "-")("a-b-c"))
print(operator.itemgetter(1, 2), operator.attrgetter("a.b", "c"), operator.methodcaller("f", 1, k=2))
print(type(operator.itemgetter(1)).__name__, operator.length_hint([1, 2, 3]), operator.call(len, "abc"))
for bad in [lambda: operator.add(1), lambda: operator.concat(1, 2), lambda: operator.itemgetter(),
            lambda: operator.attrgetter(5), lambda: operator.methodcaller(), lambda: operator.index(1.5),
            lambda: operator.indexOf([1], 2), lambda: operator.lt(1, "a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
