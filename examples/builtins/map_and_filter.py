# map and filter, including filter(None, ...)
nums = [1, -2, 3, -4, 5]
print(list(map(abs, nums)))
print(list(map(str, nums)))
print(list(map(lambda x: x * 10, nums)))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))            # several iterables
print(list(map(lambda a, b: a + b, "abc", "xyz")))
print(list(filter(lambda x: x > 0, nums)))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(str.isdigit, ["12", "ab", "3", ""])))
words = ["apple", "Bob", "cat", "Dog"]
print(list(map(str.upper, filter(str.islower, words))))
print(sum(map(len, words)), max(map(len, words)))
squares = map(lambda n: n * n, range(5))
print(next(squares), next(squares), list(squares), list(squares))
print(tuple(map(int, "4 5 6".split())), set(map(abs, [-1, 1, -2])))
print(list(map(lambda s: s.strip(), [" a ", "b  "])))
