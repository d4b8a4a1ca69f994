import math

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(1))
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2), math.trunc(-3.7))
print(math.factorial(10), math.gcd(48, 18), math.lcm(4, 6), math.gcd(0, 5))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(100, 10))
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 5), round(math.tan(math.pi / 4), 10))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.fabs(-2), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(3, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(1e308 * 10))
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.atan2(1, 1), math.asin(1), math.acos(1))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))

def circle_area(r):
    return math.pi * r ** 2

for r in [1, 2.5, 10]:
    print(f"r={r:<5} area={circle_area(r):10.4f} circumference={2 * math.pi * r:.3f}")

def quadratic(a, b, c):
    d = b * b - 4 * a * c
    if d < 0:
        return ()
    if d == 0:
        return (-b / (2 * a),)
    r = math.sqrt(d)
    return ((-b + r) / (2 * a), (-b - r) / (2 * a))

print(quadratic(1, -3, 2), quadratic(1, 2, 1), quadratic(1, 0, 1), quadratic(2, 5, -3))
print(math.sqrt(-1) if False else "skip", math.floor(2 ** 0.5 * 100) / 100)
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, math.ceil(10 / 3))
