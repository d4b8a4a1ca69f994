names = ["Ann", "Ben", "Cat"]
scores = [91, 78, 85]
cities = ["Oslo", "Rome"]

for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f"{i}. {name}")
for name, score in zip(names, scores):
    print(f"{name}: {score}")
print(list(zip(names, cities)))
print(dict(zip(names, scores)))
print(list(zip()), list(zip([1, 2, 3])))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(list(enumerate("xyz", 10)))
best = max(zip(scores, names))
print("Best:", best[1], best[0])
for i, (n, s) in enumerate(zip(names, scores)):
    print(i, n, s, sep=" | ")
pairs = list(zip(range(5), range(5, 0, -1)))
print(pairs, [a * b for a, b in pairs])
print(list(map(lambda p: p[0] + p[1], pairs)))
a = [1, 2, 3]
b = [10, 20, 30]
print([x + y for x, y in zip(a, b)], sum(x * y for x, y in zip(a, b)))
print(list(reversed(list(enumerate("ab")))))
rows = [["id", "name"], [1, "x"], [2, "y"]]
header, *data = rows
print([dict(zip(header, r)) for r in data])
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip(range(3), range(10), strict=False)))
it = enumerate(["q"])
print(next(it), type(it).__name__)
