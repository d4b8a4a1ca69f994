# iter() and next() on lists, strings, dicts and ranges
it = iter([10, 20, 30])
print(next(it))
print(next(it), next(it))
print(next(it, "exhausted"), next(it, None))
chars = iter("abc")
print(list(chars), list(chars))           # an iterator is used up once
d = {"x": 1, "y": 2}
keys = iter(d)
print(next(keys), next(keys))
r = iter(range(3))
print(next(r), list(r))
lines = iter(["header", "row1", "row2"])
header = next(lines)
print("header:", header, "rest:", list(lines))
it = iter([1, 2, 3])
print(iter(it) is it)
nums = iter(range(10))
print([n for n in nums if n % 3 == 0])
def take(n, iterator):
    out = []
    for _ in range(n):
        out.append(next(iterator))
    return out
numbers = iter(range(100))
print(take(3, numbers), take(2, numbers))
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
