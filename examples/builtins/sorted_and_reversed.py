# sorted returns a new list; reversed returns an iterator
data = [5, 2, 8, 1, 9]
print(sorted(data), data)
print(sorted(data, reverse=True))
print(sorted("Python"), sorted("Python", key=str.lower))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
records = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
print(sorted(records, key=lambda r: r[1]))                  # stable
print(sorted(sorted(records), key=lambda r: r[1], reverse=True))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1, 2, 3))), "".join(reversed("stressed")))
for i in reversed(range(1, 4)):
    print("T minus", i)
it = reversed([1, 2, 3])
print(next(it), list(it), list(it))
print(sorted([]), sorted([1]), sorted([3, 1, 2])[::-1])
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
