a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({9}), a.issubset(range(10)))
s = set()
for n in [3, 1, 3, 2, 1, 5]:
    s.add(n)
print(s, len(s), 3 in s, 7 not in s)
s.discard(10)
s.remove(5)
print(s)
print(sorted({"pear", "apple", "fig"}))
nums = [4, 2, 4, 1, 2, 9, 1]
unique_in_order = []
seen = set()
for n in nums:
    if n not in seen:
        seen.add(n)
        unique_in_order.append(n)
print(unique_in_order, sorted(set(nums)), len(set(nums)))
print(list(dict.fromkeys(nums)))
squares = {x * x for x in range(-3, 4)}
print(squares)
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, {fs: "frozen"}[frozenset([3, 2, 1])])
print(set("hello") == set("olleh"), sorted(set("mississippi")))
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4}
c -= {3}
print(c)
print(set(), {1, 2} == {2, 1}, {10, 20, 30} - {20})
print(sorted(set([3, 1, 2])), max({4, 8, 1}), sum({1, 2, 3}))
x = {100, 5, 73, 12}
print(x.pop() in {100, 5, 73, 12}, len(x))
