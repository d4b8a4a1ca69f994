# Returning True from __exit__ swallows the exception.
class Ignore:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            print(f"ignored {exc_type.__name__}: {exc}")
            self.caught = exc
            return True
        return False


with Ignore(ZeroDivisionError) as guard:
    print(1 / 0)
    print("never printed")
print("after the with block, caught:", type(guard.caught).__name__)

with Ignore(KeyError, IndexError):
    [][3]
print("IndexError was suppressed")

try:
    with Ignore(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)


def first_item(items):
    with Ignore(IndexError):
        return items[0]
    return "default"


print(first_item([7, 8]), first_item([]))
