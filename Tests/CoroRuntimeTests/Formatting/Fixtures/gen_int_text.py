"""str/bin/oct/hex of ints and int(text, base). Writes int_text.txt.

Lines: 'str'|'bin'|'oct'|'hex', value (hexadecimal), outcome; or
'parse', text, base, outcome (the value in hexadecimal).
"""
import math
from fixturelib import scaled, seeded, outcome, write

rng = seeded(4242)


def hx(v):
    return format(v, 'x')


rows = []
values = [0, 1, -1, 9, 10, -10, 255, -255, 2**31 - 1, 2**63 - 1, -2**63, 2**63, 2**64 - 1,
          2**64, -2**64, 10**18, 10**19 - 1, 10**19, 10**19 + 1, 10**38, 10**38 - 1,
          2**128, 10**4300 - 1, -10**4300, 2**14285, math.factorial(1000),
          -math.factorial(1500), 3**9000]
values += [10**k + d for k in range(17, 42) for d in (-1, 0, 1)]
for _ in range(scaled(170)):
    bits = rng.choice([3, 8, 30, 62, 63, 64, 65, 100, 128, 200, 300, 500])
    values.append(rng.getrandbits(bits) * rng.choice([1, -1]))
for v in values:
    rows.append(('str', hx(v), outcome(lambda: str(v))))
    if abs(v) < 2**1000:
        for op, fn in (('bin', bin), ('oct', oct), ('hex', hex)):
            if abs(v) < 2**70 or (abs(v) < 2**300 and rng.random() < 0.5):
                rows.append((op, hx(v), outcome(lambda: fn(v))))

PARSE = [('0', 10), ('-0', 10), ('+7', 10), (' 12 ', 10), ('\t\n12\r\x0b\x0c', 10),
         ('1_000', 10), ('1__000', 10), ('_1', 10), ('1_', 10), ('', 10), (' ', 10),
         ('-', 10), ('+', 10), ('- 1', 10), ('1 2', 10), ('abc', 10), ('abc', 16),
         ('ABC', 16), ('0xff', 16), ('0XFF', 16), ('0x_ff', 16), ('0x__ff', 16),
         ('0xff', 0), ('0o17', 0), ('0O17', 0), ('0b101', 0), ('0B101', 0), ('0b102', 0),
         ('010', 0), ('00', 0), ('0_0', 0), ('0_7', 0), ('07', 0), ('0', 0), ('-0', 0),
         ('0x', 0), ('0x', 16), ('0b', 2), ('0o', 8), ('0b1', 16), ('0b1', 2), ('0o7', 8),
         ('0o7', 10), ('0x1f', 10), ('z', 36), ('Z', 36), ('zz', 35), ('10', 2), ('12', 2),
         ('9', 8), ('1' * 4300, 10), ('1' * 4301, 10), ('1' * 4301 + 'x', 10),
         ('0' * 4301, 10), ('1' * 4400, 2), ('1_' * 4300 + '1', 10), ('7' * 1000, 7), ('x' * 300, 10), ('\n' * 300, 10), ('é' * 300, 10), ('abcé', 10),
         ('١٢٣', 10), ('٠x10', 0), ('\u2003 12 \u2003', 10), ('\x1c12\x1f', 10),
         ('12\x003', 10), ('\x00', 10), ('12\x00', 10), ('1', 37), ('1', 1), ('1', -1),
         ('1', 36), ('1', 2), ('९९', 10), ('٣٤', 16), ('0x١٠', 16), ('\u00a012', 10),
         ('\x8512\x85', 10), ('12\u3000', 10), ('1\u200b2', 10), ('-0x_1_f', 0),
         ('+0b_1', 0), ('0_b1', 0), ('9223372036854775807', 10), ('9223372036854775808', 10),
         ('-9223372036854775808', 10), ('-9223372036854775809', 10), ('ffffffffffffffff', 16),
         ('10000000000000000', 16), ('-8000000000000000', 16), ('1e5', 10), ('1.0', 10),
         ("'quoted'", 10), ('"dq"', 10), ('back\\slash', 10), ('ＡＢ', 16)]
ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'


def random_literal():
    base = rng.choice([0, 2, 8, 10, 10, 10, 16, 16, 3, 7, 12, 36, 5, 33])
    real = base or rng.choice([2, 8, 10, 16])
    n = rng.choice([1, 2, 5, 10, 18, 19, 20, 25, 40])
    digits = ''.join(rng.choice(ALPHABET[:real]) for _ in range(n))
    if rng.random() < 0.3:
        digits = ''.join(c + ('_' if rng.random() < 0.2 else '') for c in digits)
    prefix = ''
    if real in (2, 8, 16) and (base == 0 or rng.random() < 0.3):
        prefix = '0' + rng.choice({2: 'bB', 8: 'oO', 16: 'xX'}[real])
        if rng.random() < 0.2:
            prefix += '_'
    sign = rng.choice(['', '', '-', '+'])
    text = rng.choice(['', '', ' ', '\t']) + sign + prefix + digits + rng.choice(['', '', ' ', '\n'])
    if rng.random() < 0.25:
        i = rng.randrange(len(text) + 1)
        text = text[:i] + rng.choice(['_', ' ', 'g', '.', '-', 'z', '٣', '__', '0x']) + text[i:]
    if base == 0 and rng.random() < 0.1:
        text = '0' + text.strip()
    return text, base


cases = PARSE + [random_literal() for _ in range(scaled(700))]
for text, base in cases:
    rows.append(('parse', text, str(base), outcome(lambda: int(text, base), hx)))
write('int_text.txt', rows)
