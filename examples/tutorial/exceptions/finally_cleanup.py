class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name}", "after error " + exc_type.__name__ if exc_type else "cleanly")
        return exc_type is KeyError


with Resource("A") as r:
    print("using", r.name)

with Resource("B"):
    raise KeyError("swallowed")
print("after B")

try:
    with Resource("C"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)

with Resource("D") as d1, Resource("E") as d2:
    print("two resources", d1.name, d2.name)


def early_return():
    try:
        return "from try"
    finally:
        print("finally before return")


print(early_return())


def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_with_finally())


def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer except", e)
    finally:
        print("outer finally")


nested()


def count_errors(values):
    errors = 0
    for v in values:
        try:
            10 / v
        except (ZeroDivisionError, TypeError):
            errors += 1
        else:
            continue
        finally:
            pass
    return errors


print(count_errors([1, 0, "x", 2, 0]))
