# Unpacking in for-loop targets
pairs = [(1, "one"), (2, "two"), (3, "three")]
for number, word in pairs:
    print(number, word)
points = {"origin": (0, 0), "corner": (3, 4)}
for name, (x, y) in points.items():
    print(f"{name}: x={x} y={y}")
for i, (a, b) in enumerate(zip("abc", "xyz")):
    print(i, a + b)
matrix = [[1, 2], [3, 4]]
for [left, right] in matrix:
    print(left * right)
nested = [((1, 2), [3, 4]), ((5, 6), [7, 8])]
for (a, b), (c, d) in nested:
    print(a + b + c + d)
totals = {}
for key, value in [("a", 1), ("b", 2), ("a", 3)]:
    totals[key] = totals.get(key, 0) + value
print(totals)
print([f"{k}={v}" for k, v in totals.items()])
print({v: k for k, v in totals.items()})
