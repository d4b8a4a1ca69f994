# functools.partial objects: attributes, flattening, keyword overrides, repr
import functools

def volume(length, width, height=1, *, unit="cm"):
    return f"{length * width * height} {unit}3"

flat = functools.partial(volume, height=1)
box = functools.partial(volume, 2, 3)
print(flat(4, 5), box(4), box(height=10, unit="m"))
print(box.func is volume, box.args, box.keywords, flat.keywords)
deeper = functools.partial(box, 7, unit="mm")
print(deeper.func is volume, deeper.args, deeper.keywords, deeper())
print(repr(functools.partial(max, 1, 2)), repr(functools.partial(sorted, key=len, reverse=True)))
print(type(box).__name__, isinstance(box, functools.partial), callable(box))
print(repr(box).startswith("functools.partial(<function volume at "))

hex_int = functools.partial(int, base=16)
print(hex_int("ff"), hex_int("10"), list(map(hex_int, ["a", "b", "c"])))
print(functools.partial(pow, 2)(10), functools.partial(pow, exp=3)(4))
print(functools.reduce(lambda acc, n: acc * 10 + n, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a if a > b else b, [3, 8, 1], 0))
for bad in [lambda: functools.partial(), lambda: functools.partial(42),
            lambda: functools.reduce(max, 5), lambda: functools.reduce(max, []),
            lambda: functools.reduce(max)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
