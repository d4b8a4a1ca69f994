# range: repr, len, indexing, slicing, membership, iteration
r = range(10)
print(r, len(r), list(r))
print(range(2, 10), range(0, 20, 5), range(10, 0, -3))
print(list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
print(len(range(0, 100, 7)), len(range(10, 0, -1)), len(range(3, 3)))
r2 = range(5, 50, 5)
print(r2[0], r2[-1], r2[2:5], r2[::-1], r2[::2])
print(25 in r2, 26 in r2, 55 in r2, r2.index(25), r2.count(10))
print(range(0, 3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(r2.start, r2.stop, r2.step)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big)
for i in range(3, 0, -1):
    print("countdown", i)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
