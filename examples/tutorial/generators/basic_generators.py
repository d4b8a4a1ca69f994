def count_up(limit):
    n = 1
    while n <= limit:
        yield n
        n += 1


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def read_lines(text):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


print(list(count_up(5)))
gen = count_up(3)
print(next(gen), next(gen), next(gen), next(gen, "done"))

fib = fibonacci()
print([next(fib) for _ in range(12)])
for n in fibonacci():
    if n > 100:
        break
    print(n, end=" ")
print()

config = """
# settings
name = demo
  size = 10

# end
"""
print(list(read_lines(config)))

squares = (x * x for x in range(10))
print(type(squares).__name__, sum(squares), sum(squares))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "hello" if x != "l"))


def gen_with_return():
    yield 1
    yield 2
    return "finished"


g = gen_with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def delegate():
    result = yield from gen_with_return()
    print("delegated result:", result)
    yield 3


print(list(delegate()))


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


print(list(take(4, fibonacci())), list(take(10, "abc")))
