"""round(), int<->float conversion, int true division, int/float comparison,
float %, //, divmod, /, ** and int ** negative int. Writes numeric.txt.

Line: op, operands..., outcome. Ints are hexadecimal (-ff), floats float.hex().
"""
import math
from fixturelib import scaled, seeded, SPECIAL_FLOATS, fl, interesting_floats, outcome, write

rng = seeded(31337)


def hx(v):
    return format(v, 'x')


rows = []
floats = SPECIAL_FLOATS + interesting_floats(rng, scaled(450))
BIG = [0, 1, -1, 5, -5, 25, 35, -25, 15, 2**53, 2**53 + 1, -(2**53 + 1), 2**54 + 3, 2**63 - 1,
       2**64, 10**22, 10**23, 10**30, -(10**30) - 1, 2**1023, 2**1024, 2**1024 - 2**970,
       2**1024 - 2**971, -(2**1024 - 2**971), 2**1024 - 2**970 - 1, 10**308, 10**309,
       math.factorial(170), math.factorial(171), 3**600, 2**2000 + 1]


def rand_int():
    k = rng.randrange(4)
    if k == 0:
        return rng.randint(-10**6, 10**6)
    if k == 1:
        return rng.getrandbits(rng.randint(50, 70)) * rng.choice([1, -1])
    if k == 2:
        return rng.getrandbits(rng.randint(70, 400)) * rng.choice([1, -1])
    return rng.choice(BIG)


# round(float) and round(float, n)
for x in floats[:250]:
    rows.append(('round0', fl(x), outcome(lambda: round(x), hx)))
HALVES = [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 1.005, 0.125, 0.375, 5e-324, 1e300, 1.5e308,
          1.7976931348623157e308, 12345.6789, -0.0, 4.35, 0.045, 1234.5, 1e22, 0.285]
for x in HALVES + floats[::5]:
    for nd in rng.sample([-400, -309, -308, -307, -300, -20, -5, -3, -2, -1, 0, 1, 2, 3, 5, 8,
                          15, 17, 20, 50, 300, 322, 323, 324, 400], 3):
        rows.append(('round', fl(x), str(nd), outcome(lambda: round(x, nd), fl)))
for x in HALVES:
    for nd in (None, 0, 1, 2, 3, -1):
        if nd is None:
            rows.append(('round0', fl(x), outcome(lambda: round(x), hx)))
        else:
            rows.append(('round', fl(x), str(nd), outcome(lambda: round(x, nd), fl)))
# round(int, n)
for v in [5, 15, 25, 35, -5, -15, -25, 45, 55, 150, 250, -250, 12345, 2**63 - 1, -2**63,
          10**30 + 5 * 10**10, 10**30 - 5 * 10**10, 99, 95, 949] + [rand_int() for _ in range(scaled(80))]:
    for nd in rng.sample([-1, -2, -3, -5, -10, -11, -19, -20, -25, -40, -400, 0, 1, 5], 3):
        rows.append(('iround', hx(v), str(nd), outcome(lambda: round(v, nd), hx)))
# int -> float, float -> int
for v in BIG + [rand_int() for _ in range(scaled(120))]:
    rows.append(('tofloat', hx(v), outcome(lambda: float(v), fl)))
for x in floats[:150]:
    rows.append(('toint', fl(x), outcome(lambda: int(x), hx)))
# int / int
PAIRS = [(10**30, 3), (2**1000 + 1, 2**999), (1, 3), (2, 3), (0, -5), (0, 5), (5, 0), (0, 0),
         (-7, 2), (7, -2), (2**1100, 3), (10**400, 1), (10**400, 10**100), (1, 10**400),
         (-1, 10**330), (1, 2**1074), (1, 2**1075), (3, 2**1076), (2**1024 - 2**970, 1),
         (2**1024 - 2**971, 1), (2**53 + 1, 1), (2**54 + 3, 2), (2**60, 2**7 + 1),
         (10**20, 10**20 + 1), (-(10**30), 7), (2**2000, 2**976), (2**2000, 2**977),
         (2**2000 - 1, 2**977), (3**500, 7**300), (2**200 + 2**147, 2**200)]
for _ in range(scaled(150)):
    a, b = rand_int(), rand_int()
    if rng.random() < 0.3:
        b = rng.randint(-1000, 1000)
    PAIRS.append((a, b))
for a, b in PAIRS:
    rows.append(('div', hx(a), hx(b), outcome(lambda: a / b, fl)))
# int vs float comparison


def order(a, x):
    if a < x:
        return '<'
    if a == x:
        return '='
    if a > x:
        return '>'
    return 'u'


CMP = [(2**53 + 1, 2.0**53), (2**53, 2.0**53), (10**400, 1e308), (-10**400, -1e308),
       (10**400, math.inf), (-10**400, -math.inf), (1, math.nan), (10**400, math.nan),
       (0, -0.0), (2**63, 9.223372036854775808e18), (2**63 - 1, 9.223372036854775808e18),
       (-2**63, -9.223372036854775808e18), (-2**63 - 1, -9.223372036854775808e18),
       (2**1024, 1.7976931348623157e308), (2**1023, 2.0**1023), (5, 5.5), (-5, -5.5),
       (5, 4.5), (-5, -4.5), (2**70, 2.0**70 + 2.0**18), (2**70 + 1, 2.0**70)]
for _ in range(scaled(200)):
    a = rand_int()
    near = float(a) if abs(a) < 2**1000 else 1e300
    x = rng.choice([near, near * (1 + 2**-50), rng.choice(floats), -near + 0.5])
    CMP.append((a, x))
for a, x in CMP:
    rows.append(('cmp', hx(a), fl(x), '=' + order(a, x)))
# float %, //, divmod, /, **
FPAIRS = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.0, 5.0), (-0.0, 5.0),
          (0.0, -5.0), (-0.0, -5.0), (1.0, 0.0), (1.0, -0.0), (5.5, math.inf), (-5.5, math.inf),
          (math.inf, 2.0), (math.nan, 2.0), (2.0, math.nan), (1e308, 1e-308), (0.1, 0.01),
          (1.0, 0.1), (-1.0, 0.1), (3.0, 1.5), (-3.0, 1.5), (1e16, 3.0), (6.0, -3.0)]
for _ in range(scaled(150)):
    FPAIRS.append((rng.choice(floats), rng.choice(floats)))
for x, y in FPAIRS:
    rows.append(('mod', fl(x), fl(y), outcome(lambda: x % y, fl)))
    rows.append(('fdiv', fl(x), fl(y), outcome(lambda: x // y, fl)))
    rows.append(('divmod', fl(x), fl(y),
                 outcome(lambda: divmod(x, y), lambda r: fl(r[0]) + ',' + fl(r[1]))))
    rows.append(('fdivide', fl(x), fl(y), outcome(lambda: x / y, fl)))
POW = [(0.0, -1.0), (-0.0, -1.0), (0.0, 0.0), (math.nan, 0.0), (1.0, math.nan), (-1.0, math.inf),
       (0.5, math.inf), (0.5, -math.inf), (2.0, math.inf), (2.0, -math.inf), (-2.0, math.inf),
       (math.inf, 3.0), (-math.inf, 3.0), (-math.inf, 2.0), (-math.inf, -3.0), (-math.inf, -2.0),
       (-math.inf, 0.5), (-0.0, 3.0), (-0.0, 2.0), (-0.0, 0.5), (-8.0, 1 / 3), (-8.0, 3.0),
       (-1.0, 1e300), (-1.0, 3.0), (-2.0, 0.5), (10.0, 400.0), (10.0, -400.0), (-10.0, 401.0),
       (2.0, 0.5), (1e300, 2.0), (-1e300, 3.0), (1.0000001, 1e10), (0.0, -0.5), (-0.0, -3.0),
       (2.0, -1074.0), (2.0, -1075.0), (2.0, 1023.0), (2.0, 1024.0)]
for _ in range(scaled(120)):
    POW.append((rng.choice(floats), rng.choice([rng.choice(floats), float(rng.randint(-5, 5)),
                                                rng.uniform(-3, 3)])))


def float_pow(x, y):
    # float_pow hands a negative finite base with a finite non-integral
    # exponent to complex; what complex does then is the runtime's business.
    if x < 0 and math.isfinite(x) and math.isfinite(y) and y != 0 and y != math.floor(y):
        return 'complex'
    return fl(x ** y)


for x, y in POW:
    rows.append(('pow', fl(x), fl(y), outcome(lambda: float_pow(x, y))))
IPOW = [(0, -1), (2, -1), (-2, -3), (10, -400), (2, -1075), (10**400, -1), (3, -2**70),
        (-1, -2**70), (-1, -(2**70 + 1)), (1, -5), (7, -(10**400))]
for _ in range(scaled(100)):
    IPOW.append((rand_int(), -rng.randint(1, 40)))
for a, b in IPOW:
    rows.append(('ipow', hx(a), hx(b), outcome(lambda: a ** b, fl)))
write('numeric.txt', rows)
