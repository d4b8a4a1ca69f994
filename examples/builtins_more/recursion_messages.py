# Which RecursionError message CPython gives depends on the check that hits
# the limit: a Python call, a call made from C ("while calling a Python
# object"), repr/str of an object, or a comparison.
import asyncio


def attempt(label, fn):
    try:
        fn()
    except RecursionError as e:
        print(f"{label}: {e}")


class SelfRepr:
    def __repr__(self):
        return repr(self)


class SelfStr:
    def __str__(self):
        return str(self)


class FormattedRepr:
    def __repr__(self):
        return f"{self!r}"


class SelfEq:
    def __eq__(self, other):
        return self == other


class SelfLen:
    def __len__(self):
        return len(self)


def forever(n):
    return forever(n + 1)


def by_key(x):
    return sorted([x], key=by_key)


nested = []
for _ in range(100000):
    nested = [nested]
other = []
for _ in range(100000):
    other = [other]

attempt("repr(self) in __repr__", lambda: repr(SelfRepr()))
attempt("str(self) in __str__", lambda: str(SelfStr()))
attempt("f-string !r in __repr__", lambda: repr(FormattedRepr()))
attempt("== in __eq__", lambda: SelfEq() == SelfEq())
attempt("len(self) in __len__", lambda: len(SelfLen()))
attempt("plain recursion", lambda: forever(0))
attempt("sorted key", lambda: by_key(1))
attempt("repr of nested lists", lambda: repr(nested))
attempt("== of nested lists", lambda: nested == other)


async def down(n):
    return await down(n + 1)


async def main():
    try:
        await down(0)
    except RecursionError as e:
        print("await chain:", e)
    return "loop still fine"


print(asyncio.run(main()))
