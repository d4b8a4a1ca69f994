# functools.lru_cache and functools.cache: hits, misses, eviction, cache_clear
import functools

@functools.lru_cache(maxsize=3)
def square(n):
    print("  computing", n)
    return n * n

for n in [1, 2, 1, 3, 4, 1, 2]:
    print(n, square(n))
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
hits, misses, maxsize, currsize = info
print(hits + misses, info[3])
square.cache_clear()
print(square.cache_info(), square.__name__, square.__wrapped__(5))

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100), fib.cache_info())

@functools.lru_cache
def add(a, b=0):
    return a + b

print(add(1), add(1, 0), add(1, b=0), add(a=1), add.cache_info())
print(type(add).__name__, add.cache_parameters())

@functools.lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info())

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.lru_cache(maxsize=16)
    def area(self, digits):
        return round(3.14159 * self.r ** 2, digits)

c = Circle(2)
print(c.area(2), c.area(2), Circle.area.cache_info())

@functools.lru_cache(maxsize=0)
def nothing(x):
    return x

print(nothing(1), nothing(1), nothing.cache_info())
try:
    add([1])
except TypeError as e:
    print("TypeError:", e)
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)
