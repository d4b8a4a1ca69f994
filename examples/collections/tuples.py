# Tuples: packing, 1-tuples, immutability, methods, comparison
empty = ()
single = (5,)
not_a_tuple = (5)
packed = 1, "two", 3.0
print(empty, single, not_a_tuple, packed)
print(type(single).__name__, type(not_a_tuple).__name__, len(empty), len(packed))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
t = (1, 2, 3, 2, 1)
print(t[1], t[-1], t[1:4], t[::-1], t.count(2), t.index(3))
print(t + (4,), (0,) * 3, 2 in t)
print((1, 2) < (1, 3), (2,) > (1, 9, 9), (1, 2) == (1, 2))
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
nested = ([1, 2], "s")
nested[0].append(3)      # the list inside can still change
print(nested)
point = (3, 4)
x, y = point
print(x, y, f"distance^2 = {x * x + y * y}")

def min_max(values):
    return min(values), max(values)

result = min_max([4, 8, 1])
print(result, type(result).__name__)
lo, hi = result
print(lo, hi)
print(((1,),), ((),), (None,), ("a", ("b", ("c",))))
print(hash((1, 2)) == hash((1, 2)), {(0, 0): "origin"})
