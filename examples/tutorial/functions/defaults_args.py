def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"

print(greet("Ann"))
print(greet("Ben", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(greeting="Yo", name="Dee"))


def total(*numbers):
    print("got", numbers, type(numbers).__name__)
    return sum(numbers)

print(total(), total(1), total(1, 2, 3), total(*[4, 5]))


def describe(**info):
    for key, value in info.items():
        print(f"  {key} = {value!r}")
    return len(info)

print(describe(name="Widget", price=9.99, tags=["a"]))
print(describe(**{"x": 1}))


def everything(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"

print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9))
print(everything(*[1, 2, 3], **{"c": 0, "z": 26}))


def kw_only(x, *, scale=1, offset=0):
    return x * scale + offset

print(kw_only(5), kw_only(5, scale=3), kw_only(5, offset=-1, scale=2))


def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, 3), pos_only(1, 2, c=10))


def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_to(1), append_to(2))


def bad_append(item, target=[]):
    target.append(item)
    return target

print(bad_append(1), bad_append(2), bad_append.__defaults__)
print(greet.__name__, greet.__defaults__, total.__code__.co_argcount if False else "")
