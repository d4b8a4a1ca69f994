"""hash() of ints, floats and tuples (64-bit CPython 3.11). Writes hash.txt.

Lines: 'int', hexadecimal value, hash; 'float', float.hex(), hash;
'tuple', nested tuple, hash, where a tuple is '(' items joined by ',' ')' and
an item is 'i' + hexadecimal int, 'f' + float.hex(), or a tuple.
"""
import math
from fixturelib import scaled, seeded, SPECIAL_FLOATS, fl, interesting_floats, write

rng = seeded(6174)
P = 2**61 - 1
rows = []
INTS = [0, 1, -1, -2, 2, P - 1, P, P + 1, -P, -P - 1, 2**61, 2**62, 2**63 - 1, -2**63, 2**64,
        2**64 - 1, -(2**64), 2**100, -(2**100), 10**30, math.factorial(50), -(3**300),
        2**122 - 2**61, 2**183 - 1]
INTS += [rng.getrandbits(rng.choice([8, 31, 60, 61, 62, 63, 64, 65, 100, 200, 700])) *
         rng.choice([1, -1]) for _ in range(scaled(400))]
for v in INTS:
    rows.append(('int', format(v, 'x'), str(hash(v))))
FLOATS = [x for x in SPECIAL_FLOATS if not math.isnan(x)]
FLOATS += [float(v) for v in INTS if abs(v) < 2**1000]
FLOATS += [x for x in interesting_floats(rng, scaled(500)) if not math.isnan(x)]
FLOATS += [0.5, -0.5, 0.25, 1.5, 2.0**-1074, 2.0**1023, 2.0**-61, 2.0**61, 1e-300]
for x in FLOATS:
    rows.append(('float', fl(x), str(hash(x))))


def random_item(depth):
    k = rng.randrange(5)
    if k == 0 and depth < 3:
        return tuple(random_item(depth + 1) for _ in range(rng.randint(0, 4)))
    if k == 1:
        return rng.choice(FLOATS)
    if k == 2:
        return rng.choice([0, 1, -1, -2, 5, 100, True if False else 7])
    return rng.choice(INTS)


def enc(v):
    if isinstance(v, tuple):
        return '(' + ','.join(enc(i) for i in v) + ')'
    if isinstance(v, float):
        return 'f' + fl(v)
    return 'i' + format(v, 'x')


TUPLES = [(), (1,), (-1,), (-2,), (1, 2), (2, 1), (1.0, 1), (0.5, -0.5), ((),), ((), ()),
          (1, (2, (3, (4,)))), (P, -P), (2**64, 1.5)]
TUPLES += [tuple(random_item(1) for _ in range(rng.randint(0, 6))) for _ in range(scaled(250))]
for t in TUPLES:
    rows.append(('tuple', enc(t), str(hash(t))))
write('hash.txt', rows)
