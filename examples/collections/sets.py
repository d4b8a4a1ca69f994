# Sets of small ints: display, add, remove, discard, pop, membership
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
s.add(4)
s.add(1)                  # already present: no change
print(s)
s.remove(3)
s.discard(3)              # no error when missing
print(s)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
print(set(), {1, 1, 1}, set([5, 4, 4, 5]), set(range(5)), set("aaa"))
print(sorted({10, 3, 7}), min({4, 9}), sum({1, 2, 3}))
p = {1, 2, 3}
print(p.pop(), p)
p.clear()
print(p, len(p))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
dups = [1, 2, 2, 3, 3, 3, 1]
print(len(set(dups)), sorted(set(dups)))
seen = set()
unique_in_order = []
for n in [5, 3, 5, 1, 3]:
    if n not in seen:
        seen.add(n)
        unique_in_order.append(n)
print(unique_in_order, seen)
print({1, 2} == {2, 1}, {1.0, 1, True})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
