# union, intersection, difference, symmetric_difference, subset tests
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a.union(b), a.union([7], (8,)))
print(a & b, a.intersection(b), a.intersection(range(3)))
print(a - b, a.difference(b), b - a)
print(a ^ b, a.symmetric_difference(b))
small = {1, 2}
print(small <= a, small.issubset(a), small < a, a < a, a <= a)
print(a >= small, a.issuperset(small), a > small, b.issuperset(small))
print(a.isdisjoint({9, 10}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
c.update([20, 21])
print(sorted(c))
evens = set(range(0, 10, 2))
threes = set(range(0, 10, 3))
print(evens, sorted(threes), sorted(evens & threes), sorted(evens - threes))
print(sorted(evens ^ threes))
