# Subclasses of list and tuple: inherited and overridden __repr__, added
# methods and properties, builtins working on them, __new__ for tuples.


class MyList(list):
    def __repr__(self):
        return "MyList(" + super().__repr__() + ")"

    def first(self):
        return self[0]


items = MyList([3, 1, 2])
items.append(5)
print(items, len(items), items.first(), sorted(items), items + [9], items * 2)
print([x * 2 for x in items], items[1:], type(items[1:]).__name__, type(items + []).__name__)
print(isinstance(items, list), items == [3, 1, 2, 5], str(items), [items], max(items), sum(items))
items.sort()
print(items, list(reversed(items)), items.index(3), items.count(1), 2 in items)
items += [7]
items.extend((8,))
print(items, type(items).__name__)
del items[0]
items[0] = 20
print(items, items.pop(), items)


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    @property
    def empty(self):
        return not self


s = Stack()
s.push(1)
s.push(2)
s.name = "numbers"
print(s, s.peek(), s.pop(), s, s.empty, Stack().empty, s.name, vars(s))
print(s == [1], s != [1], s < [2], Stack([3]) > s, bool(Stack()), bool(s))
print(Stack("abc"), Stack(range(3)), Stack.__new__(Stack), list(Stack([4, 5])))
group = [Stack([2]), Stack([1, 5])]
print(sorted(group), max(group), group[0] + group[1], type(group[0] + group[1]).__name__)


class Loud(list):
    def __iter__(self):
        print("  (iterating)")
        return super().__iter__()

    def __len__(self):
        return 99

    def __contains__(self, item):
        return True


loud = Loud([1, 2])
print(list(loud), len(loud), bool(Loud()))
print([*loud], sorted(loud), "anything" in loud)
a, b = loud
print(a, b)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


p = Point(1, 2)
x, y = p
print(p, p.x, p.y, x, y, len(p), p + (3,), p == (1, 2), type(p).__name__)
print(hash(p) == hash((1, 2)), {p: "here"}[(1, 2)], type(p[:]).__name__, type(tuple(p)).__name__)
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(0, 9), Point(1, 0)), list(p), p.count(1), p.index(2))


class Vec(tuple):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))

    def __mul__(self, k):
        return Vec(a * k for a in self)

    __rmul__ = __mul__


v = Vec([1, 2])
print(v + (3, 4), v * 3, 3 * v, type(v + (1, 1)).__name__, v[0], v[-1:], Vec())
for bad in [lambda: MyList(1, 2), lambda: MyList(x=1), lambda: hash(Stack()), lambda: Point(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
