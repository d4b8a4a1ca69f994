# pow() with 2 and 3 arguments, and functions from the math module
import math

print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 2))
print(pow(3, 4, 5), pow(2, 100, 97), pow(7, -1, 13))
print(pow(0, 0))

print(math.sqrt(16), math.sqrt(2))
print(math.pi, math.e, math.tau)
print(math.floor(3.7), math.ceil(3.2))
print(math.gcd(48, 18), math.gcd(0, 5), math.lcm(4, 6))
print(math.isqrt(99), math.isqrt(100))
print(math.hypot(3, 4), math.fabs(-2))
print(math.log(1), math.log2(1024), math.log10(1000), math.exp(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.degrees(math.pi), math.radians(180))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.isclose(0.1 + 0.2, 0.3))
