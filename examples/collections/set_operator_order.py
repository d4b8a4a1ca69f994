# The order of set operator results follows how CPython builds them:
# `a ^ b` starts from a copy of b, `a - b` discards from a copy of a when
# b is small, copies of sets with deleted slots are rebuilt, and in-place
# operators change the left set's own table.
a = set([1, 2, 3, 17, 33])
b = set([17, 4, 33, 1, 49])
print(a ^ b, b ^ a)
print(a.symmetric_difference(b), b.symmetric_difference(a))

t = set([1, 2, 9])
t.remove(1)
print(t, t.copy(), set(t), t | set(), frozenset(t))

big = set(range(16))
print(big - {3, 4, 5})
print(big - set(range(0, 16, 2)))

y = set([5, 13, 21, 29])
y -= {13}
print(y)
y |= {37, 45}
print(y)
y &= set([45, 5, 21, 99])
print(y)
y ^= set([5, 53, 61])
print(y)

f = frozenset([3, 11, 19])
g = f
g |= {27}
print(g, f, g is f)
g -= {3}
print(g, f)
h = f
h ^= {3, 35}
print(h, f)
print(f | {27}, f & {3}, f - {3}, f ^ {3, 35}, {3} | f)

u = set([8, 16, 24])
u.discard(8)
u |= {40}
print(u)
u ^= {16, 56}
print(u)
