# functools.total_ordering fills in the other comparisons from __eq__ and __lt__.
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b, c = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print(a < b, a <= b, a > b, a >= b)
print(a == c, a <= c, a >= c, a != c)
versions = [Version(v) for v in ["2.0", "1.9.9", "1.10", "1.2"]]
print(sorted(versions))
print(max(versions))
print("__le__" in vars(Version), "__ge__" in vars(Version))
