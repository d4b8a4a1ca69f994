# The builtin iterator types: their names and __next__/__iter__ by name.

it = iter("ab")
print(type(it).__name__, it.__next__(), next(it), it.__iter__() is it)
print(type(iter("é")).__name__, iter("é").__next__())
samples = [
    iter([1]), iter((1,)), iter(range(2)), iter({1: 2}), iter({1}), iter({1: 2}.keys()),
    iter({1: 2}.values()), iter({1: 2}.items()), reversed([1]), reversed((1,)), reversed(range(3)),
    reversed("ab"), reversed({1: 2}), reversed({1: 2}.keys()), reversed({1: 2}.values()),
    reversed({1: 2}.items()), enumerate([1]), zip([1]), map(abs, [-1]), filter(None, [1]), iter(b"a"),
]
for x in samples:
    print(type(x).__name__, x.__next__(), iter(x) is x, hasattr(x, "__next__"))
print(type(reversed({}.values())).__name__, type(reversed({}.items())).__name__)
d = {"a": 1, "b": 2}
print(list(reversed(d.values())), list(reversed(d.items())), list(reversed(d.keys())))
it = iter([])
try:
    it.__next__()
except StopIteration:
    print("StopIteration from __next__")


class Squares:
    def __init__(self, n):
        self.items = iter(range(n))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.items) ** 2


print(list(Squares(4)), Squares(3).__next__())
