# __enter__ and __exit__ make a class usable with `with`.
class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print(f"exit {self.name}, exception: {name}")
        return False


with Timer("first") as t:
    print("inside, t is the timer:", type(t).__name__, t.name)

try:
    with Timer("second"):
        print("about to fail")
        raise KeyError("boom")
    print("not reached")
except KeyError as e:
    print("caught outside:", repr(e))

# Two managers in one statement: exited in reverse order
with Timer("outer") as a, Timer("inner") as b:
    print("body uses", a.name, b.name)


# __enter__ may return something other than self
class Opener:
    def __enter__(self):
        return ["line 1", "line 2"]

    def __exit__(self, *exc_info):
        print("closing, exc_info:", exc_info)


with Opener() as lines:
    for line in lines:
        print(line)
