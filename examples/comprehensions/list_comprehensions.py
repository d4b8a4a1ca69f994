# List comprehensions with conditions and expressions
nums = range(1, 11)
print([n * n for n in nums])
print([n for n in nums if n % 3 == 0])
print([n if n % 2 else -n for n in nums])
words = ["Apple", "bob", "Civic", "dad", "eve", "Frank"]
print([w.lower() for w in words if w.lower() == w.lower()[::-1]])
print([len(w) for w in words])
print([c for c in "Hello World" if c.isupper()])
print([(n, n ** 2) for n in range(4)])
print([str(n) for n in [1, 2.5, None]])
print([[0] * n for n in range(4)])
print([x for x in []], [0 for _ in range(3)])
csv_line = " 3, 14 ,15 ,  92 "
print([int(part) for part in csv_line.split(",")])
print(sum([n for n in nums if n % 2 == 0]), max([len(w) for w in words]))
grid = ["#..", ".#.", "..#"]
print([(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"])
print([i * j for i in range(1, 4) if i != 2 for j in range(1, 4) if j != i])
