nums = list(range(1, 11))
print([n * n for n in nums])
print([n for n in nums if n % 2 == 0])
print(["even" if n % 2 == 0 else "odd" for n in nums[:4]])
print([(x, y) for x in range(3) for y in range(3) if x != y])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
words = ["Hello", "World", "Python", "is", "Fun"]
print([w.lower() for w in words if len(w) > 2])
print([len(w) for w in words], {w: len(w) for w in words})
print({len(w) for w in words})
print(sum(n for n in nums if n % 3 == 0), any(n > 9 for n in nums), all(n > 0 for n in nums))
print([c for c in "a1b2c3" if c.isdigit()], "".join([c for c in "a1b2c3" if c.isalpha()]))
print([i for i in range(30) if all(i % d for d in range(2, i)) and i > 1])
print([[1 if i == j else 0 for j in range(3)] for i in range(3)])
print([s.strip() for s in " a , b ,c ".split(",")])
print(list(map(int, "1 2 3".split())), [int(c) for c in str(2**20)])
flat = []
for sub in [[1], [2, 3], [], [4]]:
    flat += sub
print(flat)
x = 10
print([x for x in range(3)], x)
print([(lambda n: n + i)(0) for i in range(3)])
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
print([y := 5, y ** 2])
print([n for n in range(50) if n % 7 == 0][-1])
