# Set methods take any iterables, several at once; the _update forms change
# the set in place and return None.
primes = set([2, 3, 5, 7, 11, 13])
odds = range(1, 15, 2)
print(primes.union(odds), primes.union([20, 21], (22,), [23]))
print(primes.intersection(odds), primes.intersection(odds, [3, 5, 8]))
print(primes.difference(odds), primes.difference([2], {3}, range(5, 8)))
print(primes.symmetric_difference(odds), primes.symmetric_difference({2: "x", 4: "y"}))
print(primes.union(), primes.intersection(), primes.difference())

work = set([1, 2, 3, 4, 5, 6])
print(work.update([7, 8], {9}), work)
print(work.intersection_update(range(0, 20, 2), [2, 4, 6, 8, 10]), work)
print(work.difference_update([8], (6,)), work)
print(work.symmetric_difference_update([4, 10, 12]), work)
work.update({100: 1, 1: 2})
print(work)

print(set([1, 2]).issubset([1, 2, 3]), set([1, 2]).issubset(set([2])))
print(set([1, 2, 3]).issuperset(range(1, 3)), set([1]).issuperset([1, 2]))
print(set([1, 2]).isdisjoint([3, 4]), set([1, 2]).isdisjoint(set([2, 9])))
print(set().isdisjoint(set()), set([1]) <= set([1]), set([1]) < set([1]))

bag = set()
for word in "the cat and the hat and the bat".split():
    bag.add(word)
print(len(bag), sorted(bag), "cat" in bag, bag.__contains__("dog"))
bag.discard("dog")
bag.remove("cat")
print(sorted(bag))
popped = set([10, 20, 30])
order = [popped.pop(), popped.pop()]
print(order, popped)
popped.clear()
print(popped, bool(popped))

# A set used as a key to look up is treated like the matching frozenset.
groups = {frozenset([1, 2]): "pair", frozenset(): "empty"}
members = set([frozenset([1, 2]), frozenset([3])])
print(members.__contains__(set([1, 2])), members.__contains__(set([3])))
members.remove(set([3]))
members.discard(set([1, 2]))
print(members, groups[frozenset([2, 1])])

f = frozenset([3, 1, 2])
print(f.union([4]), f.intersection([1, 9]), f.copy() is f, type(f.union()))
print(hash(f) == hash(frozenset([1, 2, 3])), f.__hash__() == hash(f))
print(f == set([1, 2, 3]), f.__eq__(set([1, 2, 3])), f.__eq__([1, 2, 3]))
print(set([1, 2]).__or__(set([3])), set([1]).__or__([2]), set([1, 2]).__sub__(set([2])))
