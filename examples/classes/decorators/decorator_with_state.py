# Decorators that remember things between calls.
def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        print(f"call #{wrapper.calls} of {func.__name__}{args}")
        return func(*args)
    wrapper.calls = 0
    return wrapper


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@count_calls
def add(a, b):
    return a + b


print(add(1, 2))
print(add(3, 4))
print("calls:", add.calls)


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40))
print(len(fib.cache))
