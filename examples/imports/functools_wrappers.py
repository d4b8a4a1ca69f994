# functools.wraps, update_wrapper, total_ordering, cmp_to_key, cached_property
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """The wrapper's own docstring."""
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@logged
def greet(name, punctuation="!"):
    """Say hello."""
    return "Hello, " + name + punctuation

print(greet("Ada"), greet("Bob", punctuation="?"))
print(greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)
print(greet.__wrapped__("Cy"), greet.__wrapped__.__name__)

def plain(x):
    return x * 2
plain.tag = "original"
def other(*a):
    return plain(*a)
functools.update_wrapper(other, plain)
print(other.__name__, other.tag, other(21))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, b >= a)
print(sorted([Version(2), Version(1, 5), Version(1, 2, 3)]), max(a, b))

def by_length_then_text(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)

words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_text)))
key = functools.cmp_to_key(lambda p, q: q - p)
print(sorted([3, 1, 2], key=key), key(5).obj, type(key(5)).__name__)

class Dataset:
    def __init__(self, values):
        self.values = values
    @functools.cached_property
    def total(self):
        print("  summing")
        return sum(self.values)

d = Dataset([1, 2, 3])
print(d.total, d.total, "total" in d.__dict__)
d.values.append(4)
del d.total
print(d.total)
try:
    @functools.total_ordering
    class Empty:
        pass
except ValueError as e:
    print("ValueError:", e)
