# functools.partial and functools.reduce
from functools import partial, reduce

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
two_to_the = partial(power, 2)
print(square(9), two_to_the(10), [square(n) for n in range(5)])
print(square.func.__name__, square.args, square.keywords, two_to_the.args)
int_from_binary = partial(int, base=2)
print(int_from_binary("1011"), int_from_binary("11111111"))
print_csv = partial(print, sep=",")
print_csv("a", "b", "c")

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4], 100))
print(reduce(max, [3, 9, 2, 7]))
print(reduce(lambda acc, ch: ch + acc, "abc", ""))
print(reduce(lambda d, w: {**d, w: len(w)}, ["hi", "hello"], {}))
print(reduce(lambda a, b: a * b, [5]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
