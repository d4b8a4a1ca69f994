# tuple.count/index, range.index/count and its start/stop/step, and
# slice objects with start/stop/step and indices().
point = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(point.count(5), point.count(7), point.index(1), point.index(1, 2), point.index(5, -3))
print(point.index(9, 0, 6), (1, 2) + (3,), point.__len__(), point.__getitem__(-1))
print((1, 2).__contains__(2), (1, 2).__eq__((1, 2)), (1, 2).__lt__((1, 3)), (1,).__eq__([1]))
print((1, 2).__mul__(2), hash((1, 2)) == (1, 2).__hash__())
try:
    point.index(7)
except ValueError as e:
    print("ValueError:", e)

r = range(5, 50, 5)
print(r.start, r.stop, r.step, range(4).start, range(4).step)
print(r.index(25), r.count(25), r.count(26), r.count(True), range(3).index(True))
print(range(10, 0, -3).index(4), range(0, 10, 2).index(4.0), range(5).count(2.0))
for bad in [26, 55, "x"]:
    try:
        r.index(bad)
    except ValueError as e:
        print("ValueError:", e)
sub = r[2:6]
print(sub, sub.start, sub.stop, sub.step, r[::-1].step)

s = slice(2, 10, 3)
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop)
print(s.indices(20), s.indices(6), slice(None, None, -1).indices(5))
print(slice(-3, None).indices(10), slice(-100, 100).indices(7), slice(1, -1, 2).indices(0))
letters = "abcdefghij"
print(letters[s], [letters[i] for i in range(*s.indices(len(letters)))])
for bad in [-1, "n"]:
    try:
        s.indices(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
