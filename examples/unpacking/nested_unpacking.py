# Nested unpacking patterns
record = ("Ann", (31, "Oslo"), ["python", "swift"])
name, (age, city), [lang1, lang2] = record
print(name, age, city, lang1, lang2)
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a * d - b * c)
[(x1, y1), (x2, y2)] = [(0, 0), (3, 4)]
print(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
(first, *rest), last = "abcd", "z"
print(first, rest, last)
data = {"user": ("bob", [10, 20, 30])}
(username, [s1, *others]), = data.values()
print(username, s1, others)
i, (j, (k, (l,))) = 1, (2, (3, (4,)))
print(i + j + k + l)
