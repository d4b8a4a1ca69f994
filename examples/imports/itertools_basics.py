# A few itertools helpers
import itertools

print(list(itertools.chain([1, 2], (3,), "ab")))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.product("ab", [1, 2])))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.repeat("x", 3)), list(itertools.islice(itertools.cycle("ab"), 5)))
