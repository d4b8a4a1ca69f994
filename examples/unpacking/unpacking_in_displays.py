# * and ** inside list, tuple, set and dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [0, *a, 5, *b, *"xy"])
print({*a, *b, 1}, [*range(3)], [*"abc"])
defaults = {"color": "red", "size": "M"}
custom = {"size": "L", "qty": 2}
print({**defaults, **custom})
print({**custom, **defaults})
print({"id": 7, **defaults, "color": "blue"})
print(dict(**defaults, qty=1))
print([*{"k": 1, "j": 2}], (*"", ))
merged = [*a, *[x * 10 for x in a]]
print(merged, len(merged))
print(*[*a, *b])
empty = []
print([*empty], {**{}}, (*empty,))
