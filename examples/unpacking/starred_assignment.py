# Starred targets collect the remaining items into a list
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b = [1]
print(a, b)
a, *b, c = (1, 2)
print(a, b, c)
*everything, = 1, 2, 3
print(everything)
name, *scores = "Ann 90 85 77".split()
print(name, [int(s) for s in scores])
(x, *ys), z = [1, 2, 3], 4
print(x, ys, z)
for head, *others in [(1, 2, 3), (4,), ("a", "b")]:
    print(head, others)
data = [("Ann", 3, 4, 5), ("Bob", 1)]
for who, *values in data:
    print(who, sum(values), len(values))
