import operator
import sys

rows = [("ann", 31, 5.5), ("bob", 25, 7.0), ("cy", 31, 6.1)]
print(sorted(rows, key=operator.itemgetter(1)))
print(sorted(rows, key=operator.itemgetter(1, 0), reverse=True))
print(list(map(operator.itemgetter(0), rows)))
print(operator.add(2, 3), operator.mul(4, 5), operator.neg(7), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 5), operator.eq(1, 1.0))


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def __repr__(self):
        return f"P({self.name}, {self.age})"


people = [P("z", 3), P("a", 9), P("m", 1)]
print(sorted(people, key=operator.attrgetter("name")), max(people, key=operator.attrgetter("age")))
up = operator.methodcaller("upper")
print(up("abc"), list(map(operator.methodcaller("split", "-"), ["a-b", "c"])))
from functools import reduce
print(reduce(operator.mul, range(1, 7)), reduce(operator.or_, [1, 2, 4]))
print(sys.version_info[:2] >= (3, 8), sys.version_info.major, type(sys.argv).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.getrecursionlimit() >= 1000, sys.platform != "")
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.not_(0), operator.truth([]))
sys.stdout.write("written directly\n")
print(sys.__name__, __name__)
