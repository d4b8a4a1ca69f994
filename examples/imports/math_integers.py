# The exact integer functions of math: factorial, comb, perm, gcd, lcm, isqrt...
import math

print([math.factorial(n) for n in range(8)], math.factorial(25))
print(len(str(math.factorial(500))), math.factorial(30) // math.factorial(28))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.gcd(48, 18), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd())
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm())
print(math.gcd(2**100, 6**50), math.lcm(2**70, 3**40))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1), math.isqrt(2**127))
print(math.prod([1, 2, 3, 4]), math.prod(range(1, 11)), math.prod([]), math.prod([2.5, 4]))
print(math.prod([1, 2], start=10), math.prod(["ab"], start=3))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7))
print(math.floor(1e20), math.ceil(2.5e30), math.floor(10**30), math.trunc(True), math.floor(True))
print(type(math.floor(2.0)).__name__, type(math.sqrt(4)).__name__, math.sqrt(4))

class Meters:
    def __init__(self, v):
        self.v = v
    def __floor__(self):
        return "floor called"
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)

print(math.floor(Meters(2.5)), math.ceil(Meters(2.5)), math.sqrt(Meters(9)), math.factorial(Meters(5)))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.comb(-1, 2),
            lambda: math.comb(5, -2), lambda: math.perm(5, -1), lambda: math.isqrt(-4),
            lambda: math.gcd(1.5, 2), lambda: math.comb(5), lambda: math.prod()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
