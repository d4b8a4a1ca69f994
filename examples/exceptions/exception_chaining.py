# raise X from Y sets __cause__; raising inside except sets __context__
def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise ValueError(f"missing setting {key!r}") from e

try:
    load({}, "port")
except ValueError as e:
    print("error:", repr(e))
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress context:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("not a number")
except ValueError as e:
    print("error:", repr(e))
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))

try:
    try:
        [].pop()
    except IndexError:
        raise KeyError("replacement") from None
except KeyError as e:
    print("error:", repr(e))
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print("context still recorded:", repr(e.__context__))

fresh = ValueError("never raised")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)
