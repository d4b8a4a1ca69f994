# import M, then use M.name
import math

print(math.sqrt(49), math.pi)
print(math.floor(-1.5), math.ceil(-1.5))
print(math.factorial(10), math.gcd(84, 36))
print(math.__name__, type(math).__name__)

def circle_area(r):
    return math.pi * r ** 2

print(round(circle_area(2), 3))
import math                     # importing again is harmless
print(math.isqrt(17))
import sys, functools
print(type(sys.argv).__name__, len(sys.argv), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
