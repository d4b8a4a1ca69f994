class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class Label:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text

    def __format__(self, spec):
        if spec == "upper":
            return self.text.upper()
        return format(self.text, spec)


p = Point(1, 2.5)
print(p)
print(repr(p), str(p), [p], (p,), {"k": p})
print(f"{p}", f"{p!r}", "%s %r" % (p, p), "{} {!r}".format(p, p))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
lbl = Label("hi")
print(f"[{lbl}] [{lbl:upper}] [{lbl:>5}]", format(lbl, "^6") + "|")
print(str(Point("a", None)), repr(Point("a", None)))
print(repr("quote'd"), repr('both \' and "'), repr("\\"), str(["a\nb"]))
print(repr(1.0), repr(10 ** 20), repr(None), repr(True), repr([1, "1"]), repr((1,)))
print(repr({1: [2, (3,)]}), repr(set()), repr(frozenset()), repr(range(1, 5)), repr(""))
print(str(b"x"), repr(b"it's"), repr(bytearray(b"ab")))
print(repr(print), repr(len))
print(repr(int), repr(str), repr(Point).startswith("<class '"), Point.__qualname__)
print(repr(ValueError("bad value")), str(ValueError("bad value")), repr(KeyError("k")), str(KeyError("k")))
print(repr(Exception()), repr(Exception("a", 1)), str(Exception("a", 1)))
