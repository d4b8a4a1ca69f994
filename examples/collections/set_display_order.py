# A set display of three or more constants is built the way CPython's
# compiler builds it: from a frozenset constant, so its order can differ
# from adding the same numbers one by one.
print({5, 13, 21, 29})
print(set([5, 13, 21, 29]))
print({17, 4, 33, 1, 49})
n = 5
print({n, 13, 21, 29})
for x in {9, 1, 17}:
    print(x, end=" ")
print()
for x in {12, 4, 20, 28}:
    print(x, end=" ")
print()
y = {45, 21, 5, 37, 29}
print(y)
y &= {45, 5, 21, 99}
print(y)
y ^= {5, 53, 61}
print(y)
print({8, 16, 1} | {24, 0, 32})
print({3, 11, 19, 27} - {11})
print(sorted({5, 13, 21, 29}), len({5, 13, 21, 29, 5}))
