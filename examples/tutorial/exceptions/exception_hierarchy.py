def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][1]
    if kind == "key":
        return {}["missing"]
    if kind == "type":
        return len(42)
    if kind == "value":
        return int("nope")
    if kind == "attr":
        return (5).real_part
    if kind == "overflow":
        return 2.0 ** 10000
    if kind == "recursion":
        return risky("recursion")
    if kind == "stop":
        return next(iter([]))
    if kind == "assert":
        assert 1 > 2, "math is broken"
    if kind == "unicode":
        return "é".encode("ascii")
    return "fine"


for kind in ["ok", "zero", "index", "key", "type", "value", "attr", "overflow", "recursion",
             "stop", "assert", "unicode"]:
    try:
        print(kind, "->", risky(kind))
    except LookupError as e:
        print(kind, "LookupError subclass", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "ArithmeticError subclass", type(e).__name__, e)
    except RecursionError as e:
        print(kind, "RecursionError", e)
    except Exception as e:
        print(kind, type(e).__name__, e)

print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(UnicodeEncodeError, ValueError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print([c.__name__ for c in IndexError.__mro__])
print(ZeroDivisionError.__bases__, OSError.__name__, FileNotFoundError.__mro__[1].__name__)
try:
    raise SystemExit(0) if False else NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, "is a RuntimeError:", e)
