import itertools

print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.cycle("AB"), 5)))
print(list(itertools.repeat("x", 3)))
print(list(itertools.chain([1, 2], (3,), "ab")))
print(list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print(list(itertools.product("ab", [0, 1])))
print(list(itertools.product([0, 1], repeat=2)))
print(list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 2)))
print(list(itertools.combinations_with_replacement("ab", 2)))
for key, group in itertools.groupby("aaabbcaa"):
    print(key, list(group))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, grp in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(grp))
print(list(itertools.takewhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(itertools.filterfalse(lambda x: x % 2, range(8))))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.pairwise([1, 2, 3, 4])))
print(len(list(itertools.permutations(range(5)))), sum(1 for _ in itertools.combinations(range(10), 3)))
team = ["Ann", "Bob", "Cy"]
for i, (a, b) in enumerate(itertools.combinations(team, 2), 1):
    print(f"match {i}: {a} vs {b}")
