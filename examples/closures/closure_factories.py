# Functions that build functions
def make_power(exp):
    def power(base):
        return base ** exp
    return power

square = make_power(2)
cube = make_power(3)
print(square(4), cube(2), make_power(10)(2))

def make_formatter(prefix, width):
    def fmt(value):
        return f"{prefix}{value:>{width}}"
    return fmt

money = make_formatter("$", 8)
print(money(5), money("12.50"), sep="|")

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib = memoize(slow_fib)
print(fib(80), len(fib.cache))

def make_validator(*rules):
    def validate(value):
        return [rule.__name__ for rule in rules if not rule(value)]
    return validate

def positive(v):
    return v > 0

def even(v):
    return v % 2 == 0

check = make_validator(positive, even)
print(check(4), check(3), check(-3))
print(square.__name__, money.__name__)
