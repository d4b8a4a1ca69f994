import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)


@functools.cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print([ways(i) for i in range(10)])

power_of_two = functools.partial(pow, 2)
print(power_of_two(10), [power_of_two(i) for i in range(5)])
int_from_binary = functools.partial(int, base=2)
print(int_from_binary("1011"), int_from_binary("111"))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
print(functools.reduce(lambda acc, w: acc | {w[0]}, ["ab", "ac", "bd"], set()) == {"a", "b"})


def compare_len(a, b):
    return len(a) - len(b) or (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=functools.cmp_to_key(compare_len)))


@functools.total_ordering
class Grade:
    order = "FDCBA"

    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        return self.letter == other.letter

    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)

    def __repr__(self):
        return f"Grade({self.letter})"


print(sorted([Grade("B"), Grade("F"), Grade("A")]), Grade("A") >= Grade("C"), Grade("D") > Grade("C"))
p = functools.partial(print, sep=" | ")
p("a", "b", "c")
print(p.func is print, p.keywords)
