# `+` on strings and `len()` on the builtin containers, next to str, dict and
# list subclasses that override __add__, __radd__ and __len__ (their methods
# must still be called), and the errors CPython raises.
class Shout(str):
    def __add__(self, other):
        return Shout(str.__add__(self, other).upper())

    def __radd__(self, other):
        return "<" + other + "|" + str(self) + ">"

    def __len__(self):
        return 99


class Counted(dict):
    def __len__(self):
        return 7


class Empty(list):
    pass


s = Shout("hi")
for left, right in [("a", "b"), ("", "x"), ("x", ""), (s, "there"), ("well", s), ("é", "ß")]:
    joined = left + right
    print(repr(joined), type(joined).__name__)

total = ""
for word in ["one", "two", "three"]:
    total += word + " "
print(repr(total), len(total))

for value in ["", "abc", "héllo", [], [1, 2], (), (1, 2, 3), {}, {"a": 1}, s, Counted(a=1), Empty([1, 2])]:
    print(type(value).__name__, len(value))

for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" + None, lambda: len(5), lambda: len(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
