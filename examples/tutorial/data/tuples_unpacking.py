point = (3, 4)
x, y = point
print(x, y, point[0], len(point))
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = "hello"
print(head, tail)
*init, end = (1,)
print(init, end)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
single = (5,)
empty = ()
print(single, empty, type(single).__name__, len(empty))
print((1, 2) + (3,), (0,) * 3, (1, 2, 3)[::-1], (1, 2, 2, 3).count(2), (1, 2, 3).index(3))
t = tuple([1, 2, 3])
print(t, tuple("ab"), tuple(range(3)))
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([4, 9, 1, 7])
print(lo, hi, min_max([2]))
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys)
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print((1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1, 2))
print({(0, 0): "origin", (1, 0): "east"}[(1, 0)])
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(hash((1, 2)) == hash((1, 2)))
rgb = 255, 128, 0
print("#%02x%02x%02x" % rgb)
print(f"{rgb}")
