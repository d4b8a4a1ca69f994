# itertools.product, permutations, combinations, combinations_with_replacement
import itertools

print(list(itertools.product("ab", "xy")), list(itertools.product([0, 1], repeat=3)))
print(list(itertools.product()), list(itertools.product("ab", [])), list(itertools.product("ab", repeat=0)))
print(list(itertools.permutations("abc")), list(itertools.permutations(range(4), 2))[:5])
print(list(itertools.permutations("ab", 3)), list(itertools.permutations("abc", 0)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(5), 4)))
print(list(itertools.combinations("ab", 3)), list(itertools.combinations("ab", 0)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.combinations_with_replacement([1, 2], 3)), list(itertools.combinations_with_replacement("", 1)))
print(len(list(itertools.permutations(range(6)))), len(list(itertools.combinations(range(10), 3))))
print(sum(1 for _ in itertools.product(range(3), repeat=4)))
dice = [d for d in itertools.product(range(1, 7), repeat=2) if sum(d) == 7]
print(dice)
ranks = "23456789TJQKA"
hands = itertools.combinations(ranks, 5)
print(next(hands), next(hands), type(hands).__name__)
for bad in [lambda: itertools.permutations("abc", -1), lambda: itertools.combinations("abc", -2),
            lambda: itertools.product("ab", repeat=-1), lambda: itertools.permutations("abc", "2"),
            lambda: itertools.combinations("abc"), lambda: itertools.product([1], foo=2),
            lambda: itertools.product(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
