# Lists and tuples compare element by element (lexicographically)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0])
print((1, "b") > (1, "a"), (2,) > (1, 100))
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2]] == [1, [2]])
print(max([(2, "b"), (2, "a"), (1, "z")]))
scores = [("Ann", 90), ("Bob", 85), ("Cid", 90)]
print(sorted(scores, key=lambda s: (-s[1], s[0])))
versions = ["1.10.0", "1.2.3", "1.2.10"]
print(sorted(versions))
print(sorted(versions, key=lambda v: tuple(int(p) for p in v.split("."))))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] == [1, 2], [float("nan")] == [float("nan")])
