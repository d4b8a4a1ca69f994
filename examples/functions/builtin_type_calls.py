# Calling builtin types: int, float, str, list, tuple, dict, set, bool,
# with positional and keyword arguments, and the errors they raise.
print(int(), int("42"), int(" -7 "), int("ff", 16), int("ff", base=16), int(3.9), int(True))
print(float(), float("1.5"), float(2), float("-inf"))
print(str(), str(12), str([1, "a"]), repr(str("x")))
print(list(), list("abc"), list(range(3)), tuple("ab"), tuple([1, 2]))
print(dict(), dict(a=1, b=2), dict([("k", "v")]), dict({"z": 0}, y=1))
print(sorted(set("hello")), bool(), bool(0), bool("x"), bool([]))
print(type(1)(5), type("s")("t"), type([])((1, 2)))
print(complex(1, 2), frozenset([1, 1, 2]) == frozenset({1, 2}))

for call in (lambda: int("12a"), lambda: int("5", base=1), lambda: float("nope"),
             lambda: int([]), lambda: list(5), lambda: dict(1), lambda: int("1", "2"),
             lambda: str(1, 2, 3, 4), lambda: int(x=1)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

class Celsius(float):
    pass

c = Celsius(21.5)
print(c, type(c).__name__, float(c), type(float(c)).__name__)
print(int(c), isinstance(c, float))
total = 0
for text in "1 2 3 4 5".split():
    total += int(text)
print(total)
