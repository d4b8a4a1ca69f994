from functools import reduce

nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
squares = list(map(lambda x: x ** 2, nums))
evens = list(filter(lambda x: x % 2 == 0, nums))
print(squares, evens)
print(reduce(lambda a, b: a + b, nums), reduce(lambda a, b: a * b, nums, 1))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["x", "yy", "zzz"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(map(int, ["10", "20", "-3"])), list(map(float, "1 2.5".split())))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(str.isdigit, ["1", "a", "22", "3b"])))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a: sum(a))(1, 2, 3), (lambda: "no args")())
print(add.__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(8, sym, 3, "=", ops[sym](8, 3))
people = [("Ann", 31), ("bob", 25), ("Cid", 40)]
print(sorted(people, key=lambda p: p[1]), max(people, key=lambda p: p[1])[0])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(list(map(lambda s: s[::-1], filter(lambda s: len(s) > 2, ["ab", "abc", "abcd"]))))
print(sum(map(lambda x: x % 3 == 0, range(10))), any(map(str.isupper, "abC")))
