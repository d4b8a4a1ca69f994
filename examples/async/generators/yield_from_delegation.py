# yield from passes values through and evaluates to the inner return value.
def inner(tag):
    got = yield f"{tag}-1"
    print("inner got", got)
    yield f"{tag}-2"
    return f"{tag} done"


def outer():
    r1 = yield from inner("a")
    print("outer got back", repr(r1))
    r2 = yield from inner("b")
    print("outer got back", repr(r2))
    yield from [10, 20]
    return "outer done"


gen = outer()
print(next(gen))
print(gen.send("hello"))
print(next(gen))
print(next(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration:", e.value)
