# Sets of small ints print in hash-table order, not insertion order:
# an int hashes to itself, so its home slot is the int modulo the table
# size, and colliding ints probe onward. Deleting leaves a placeholder
# that a later add may reuse.
s = {8, 16, 1}
print(s)
s.remove(8)
print(s)
s.add(8)
print(s)
s.add(24)
s.add(32)
s.add(0)
print(s, len(s))
s.discard(16)
s.discard(99)
print(s)

grow = set()
for n in [5, 13, 21, 29, 3, 11]:
    grow.add(n)
    print(n, grow)

seen = set()
for n in [9, 1, 17, 9, 25, 1]:
    seen.add(n)
print(seen)
seen.remove(1)
seen.add(33)
print(seen)

a = set([1, 2, 3, 17, 33])
b = set([17, 4, 33, 1, 49])
print(a, b)
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)

evens = set(range(0, 20, 2))
multiples = set(range(0, 20, 3))
print(evens | multiples)
print(evens & multiples)
print(evens - multiples, multiples - evens)
print(evens.symmetric_difference(multiples))

t = set([1, 2, 9])
t.remove(1)
print(t, t.copy(), t.union(), t.difference([5]))

nums = set(range(40))
for i in range(30):
    nums.discard(i)
print(nums)
print(nums.copy())
nums.difference_update(range(30, 35))
print(nums)
print(set([-1, -2, 7, 15]), set([-1, -2]) | set([7]))
