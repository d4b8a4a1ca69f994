# sys.exc_info() inside a generator that yields while it handles an
# exception, driven by a for loop that itself runs inside an except block.
import sys


def show():
    e = sys.exc_info()[1]
    return repr(e)


def gen():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        print("in gen, handling:", show())
        yield 2
        print("in gen after yield:", show())
    yield 3
    print("gen end:", show())


print("before:", show())
try:
    raise ValueError("outer")
except ValueError:
    for x in gen():
        print(x, "loop sees:", show())
    print("after loop:", show())
print("after:", show())

# The same generator driven by next() outside any handler.
g = gen()
print(next(g), show())
print(next(g), show())
print(next(g), show())
try:
    next(g)
except StopIteration:
    print("done:", show())


def delegating():
    try:
        raise TypeError("in delegating")
    except TypeError:
        yield from gen()
        print("delegating sees:", show())


print(list(delegating()))
