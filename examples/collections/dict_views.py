# keys(), values() and items() are live views
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
print(keys)
print(values)
print(items)
d["c"] = 3
print(keys, len(keys))
print(values)
print(items)
print("a" in keys, 2 in values, ("b", 2) in items, ("b", 3) in items)
print(list(keys), tuple(values), sorted(items, reverse=True))
print({}.keys(), {}.values(), {}.items())
print(keys & {"a", "z"} == {"a"}, keys - {"a"} == {"b", "c"})
for k in d.keys():
    print(k, end=" ")
print()
total = 0
for v in d.values():
    total += v
print("total", total)
print(dict(d.items()) == d, list(reversed(d.keys())))
