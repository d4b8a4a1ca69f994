"""format(value, spec) cases for int, float and str.

Line: kind (i, f, s), value (decimal, float.hex, text), spec, outcome.
Writes format_spec.txt.
"""
import math
from fixturelib import scaled, seeded, SPECIAL_FLOATS, fl, interesting_floats, outcome, write

rng = seeded(7311)

INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000, -1000, 65, 0x263A, 0x1F600, 0x10FFFF,
        0x110000, 1234567, -1234567, 2**31, 2**32 - 1, 2**53 + 1, 2**63 - 1, -2**63,
        2**63, 2**64, -2**64, 10**20, -(10**25) - 7, 2**100, -(2**127) + 3,
        10**50, math.factorial(30), 3**200, -(7**150)]
STRS = ['', 'a', 'abc', 'hello world', 'héllo', '€uro', '😀x', 'x' * 30, 'tab\there',
        'line\nbreak', 'ünïcödé', 'ab', 'quote\'s']

HAND = {
    'i': ['', 'd', 'x', 'X', 'o', 'b', 'c', 'n', '#x', '#X', '#o', '#b', '08', '08x',
          '#010x', '+', ' ', '-', ',', '_', '_x', '_b', '_o', '_X', '#_x', ',d', '10,',
          '010,', '0=10,', '*^15,', '<10', '>10', '^10', '=10', '+010', ' 010', '.2f',
          '.3e', '%', '.1%', 'g', 'G', 'E', 'F', '.0f', ',.2f', '015,.2f', '.2', 'z',
          'zd', 's', 'q', '\x01', 'é', ',x', ',n', '_n', ',_', '_,', ',c', '+c',
          '#c', '5c', '^5c', '05c', '.', '99999999999999999999', 'abc', '1.2.3',
          '٥', '٥d', '٣٤', 'é>8', '😀^9', '0>8', '0<8', '0^9x', '#08b', '-#10o',
          ' =+12', '+=12', '=+12', '12.5', '-_', '_d', '#', '0', '00', '000', '0x',
          '.0', '.1000', '#,', '+#,d', 'zf', '#n', ',e', ',%', '_g', ',G', 'c'],
    'f': ['', 'f', 'F', 'e', 'E', 'g', 'G', 'n', '%', '.0f', '.1f', '.2f', '.3f', '.10f',
          '.17g', '.0e', '.3e', '.0g', '.1g', '.3g', '.12g', '.16g', '.17', '.1', '.3',
          '.0', '#', '#.0f', '#.0e', '#g', '#.3g', '#.0', 'z', 'z.1f', 'z.0f', 'z.2e',
          'z.1g', 'z%', '+', ' ', '-', '+.2f', ' .2f', ',', '_', ',.2f', '_.3f',
          '015,.2f', '010,.1f', '0=15,', '012', '012.3', '+012.3e', '=12', '<12',
          '^12.2f', '*>14.4e', '0^12.2f', '.2%', '10.2%', 'd', 'x', 'c', 's', ',n',
          'abc', '.', '.2147483648f', '.100f', '.50e', '.40g', '100', '٥.٢f',
          'é^12', '.2147483647d', ',c', 'zd', '#.2%', '.0%', '0', '00', '08', '#08.0f',
          '_e', ',E', ',%', '_F'],
    's': ['', 's', '10', '<10', '>10', '^10', '^11', '.2', '.0', '10.3', '*^10', 'é>9',
          '0', '010', '0>10', '=10', '+', ' ', '-', 'z', '#', ',', '_', 'd', 'x',
          '.', '1.2.3', '99999999999999999999', '.99999999999999999999', '٥', 'c',
          '-10', '+s', 'zs', ',s', '0=5'],
}

TYPES = {'i': ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%',
               's', 'r'],
         'f': ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'b'],
         's': ['', 's', 'd']}
FILLS = ['', '', '', ' ', '*', '0', 'x', 'é', '😀', '_', ',', '.', '#']


def random_spec(kind):
    parts = []
    align = rng.choice(['', '', '<', '>', '=', '^'])
    if align:
        parts.append(rng.choice(FILLS) + align)
    parts.append(rng.choice(['', '', '', '+', '-', ' ']))
    if rng.random() < 0.08:
        parts.append('z')
    if rng.random() < 0.2:
        parts.append('#')
    if rng.random() < 0.2:
        parts.append('0')
    if rng.random() < 0.6:
        parts.append(str(rng.choice([0, 1, 2, 5, 8, 10, 12, 15, 20, 25])))
    parts.append(rng.choice(['', '', '', ',', '_']))
    if rng.random() < (0.6 if kind != 'i' else 0.05):
        parts.append('.' + str(rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 20, 30])))
    parts.append(rng.choice(TYPES[kind]))
    return ''.join(parts)


def random_int():
    k = rng.randrange(6)
    if k == 0:
        return rng.randint(-300, 300)
    if k == 1:
        return rng.randint(-10**9, 10**9)
    if k == 2:
        return rng.randint(-2**64, 2**64)
    if k == 3:
        return rng.getrandbits(rng.randint(60, 200)) * rng.choice([1, -1])
    if k == 4:
        return rng.choice([0x20, 0x41, 0xe9, 0x20ac, 0x1f600, 0x10ffff])
    return rng.randint(-10**6, 10**6)


def clean(result):
    # Lone surrogates cannot exist in a Swift String; the fixture skips them.
    return not any(0xd800 <= ord(c) <= 0xdfff for c in result)


rows = []


def case(kind, value, spec):
    result = outcome(lambda: format(value, spec))
    if not clean(result):
        return
    shown = {'i': str, 'f': fl, 's': str}[kind](value)
    rows.append((kind, shown, spec, result))


HAND_FLOATS = SPECIAL_FLOATS + [1234.5678, -0.001, 0.000123456, 123456789.125]
for spec in HAND['i']:
    for v in [0, -1, 65] + rng.sample(INTS, 8):
        case('i', v, spec)
for spec in HAND['f']:
    for v in [1.5, -0.0, float('inf'), float('nan'), -1234.5678] + rng.sample(HAND_FLOATS, 8):
        case('f', v, spec)
for spec in HAND['s']:
    for v in ['', 'héllo'] + rng.sample(STRS, 6):
        case('s', v, spec)
for _ in range(scaled(1000)):
    case('i', random_int(), random_spec('i'))
floats = interesting_floats(rng, scaled(1000))
for x in floats:
    case('f', x, random_spec('f'))
for _ in range(scaled(300)):
    case('s', rng.choice(STRS), random_spec('s'))
write('format_spec.txt', rows)
