# itertools iterators are lazy: count, cycle, repeat, islice, groupby, tee, chain
import itertools

c = itertools.count(10, 5)
print(next(c), next(c), c, itertools.count(), itertools.count(2.5, 0.5))
print(list(itertools.islice(itertools.count(0.0, 0.1), 4)))
print(itertools.repeat("x", 3), list(itertools.repeat("x", 3)), list(itertools.repeat(0, -1)))
print(list(zip("abc", itertools.repeat(1))), list(itertools.islice(itertools.cycle("ab"), 5)))

numbers = iter(range(10))
print(list(itertools.islice(numbers, 3)), list(itertools.islice(numbers, 2)), next(numbers))
print(list(itertools.islice("abcdefg", 1, None, 2)), list(itertools.islice(range(100), 95, None)))

groups = itertools.groupby("aaabbbcca")
key1, group1 = next(groups)
key2, group2 = next(groups)
print(key1, list(group1), key2, list(group2))
print([(k, "".join(g)) for k, g in itertools.groupby("AAaBbbCa", key=str.upper)])
scores = [("ann", 90), ("bob", 90), ("cid", 85), ("dee", 70), ("eve", 70)]
for score, people in itertools.groupby(scores, key=lambda p: p[1]):
    print(score, [name for name, _ in people])

a, b = itertools.tee(x * x for x in range(5))
print(next(a), next(a), list(b), list(a))
print(list(itertools.chain("ab", [1, 2], (3,))), list(itertools.chain.from_iterable(["xy", "z"])))
print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate("abc")))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.compress("abcdef", [1, 0, 1, 1, 0, 1])))
print(list(itertools.starmap(divmod, [(7, 2), (9, 4)])), list(itertools.pairwise([1, 4, 9, 16])))
print(list(itertools.zip_longest("abc", [1, 2], fillvalue="?")), list(itertools.zip_longest()))
for it in [itertools.count(), itertools.chain(), itertools.groupby([]), itertools.islice([], 1),
           itertools.tee([])[0], next(itertools.groupby("a"))[1], itertools.zip_longest()]:
    print(type(it).__name__, end=" ")
print()
