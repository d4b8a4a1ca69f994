# sys.setrecursionlimit raises or lowers the depth Python allows; past it
# comes RecursionError, which a program can catch.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(sys.getrecursionlimit())
print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(12000)
print(sys.getrecursionlimit(), depth(10000))

sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(50))

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)


def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


sys.setrecursionlimit(3000)
print(fib(1500) % 1000007)
