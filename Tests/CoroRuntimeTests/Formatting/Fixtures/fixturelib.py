"""Shared helpers for the fixture generators (run with CPython 3.11).

A fixture file has one case per line, fields separated by TAB. A field is
text with these escapes: \\\\ for a backslash, \\t, \\n, \\r, and \\u{HEX}
for any other control character or line separator. Result fields start with
'=' followed by the value, or '!' followed by 'ExceptionName: message'.
Floats are written with float.hex() (inf, -inf, nan, -0x0.0p+0 ...), ints in
decimal or hexadecimal as each generator says.

Regenerate every fixture (with CPython 3.11) from this folder:
    for g in gen_*.py; do python3 -B "$g"; done
"""
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "fixtures must come from CPython 3.11"


# For stress runs outside the committed fixtures: FIXTURE_SCALE multiplies the
# random case counts, FIXTURE_SEED shifts every seed, FIXTURE_OUT is the
# output folder; the tests read FIXTURE_OUT when CORO_FORMAT_FIXTURES names it.
SCALE = int(os.environ.get('FIXTURE_SCALE', '1'))
SEED = int(os.environ.get('FIXTURE_SEED', '0'))
OUT = os.environ.get('FIXTURE_OUT', os.path.dirname(os.path.abspath(__file__)))


def seeded(seed):
    return random.Random(seed + SEED)


def scaled(count):
    return count * SCALE


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif o < 0x20 or o == 0x7f or 0x80 <= o < 0xa0 or o in (0x2028, 0x2029):
            out.append('\\u{%x}' % o)
        else:
            out.append(ch)
    return ''.join(out)


def fl(x):
    """A float as text: float.hex()."""
    return x.hex()


def outcome(fn, show=str):
    """'=' + show(fn()) or '!' + 'ExcName: message'."""
    try:
        value = fn()
    except Exception as e:  # noqa: BLE001 - every exception is a fixture
        return '!' + type(e).__name__ + ': ' + str(e)
    return '=' + show(value)


def write(path, rows):
    path = os.path.join(OUT, path)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for row in rows:
            f.write('\t'.join(esc(str(field)) for field in row) + '\n')
    print(path, len(rows), 'cases')


def interesting_floats(rng, count):
    """Floats across magnitudes: random bit patterns, decimal-looking values,
    integers, halves, and values near powers of ten and two."""
    import struct
    out = []
    for _ in range(count):
        kind = rng.randrange(8)
        if kind == 0:
            bits = rng.getrandbits(64)
            x = struct.unpack('<d', struct.pack('<Q', bits))[0]
        elif kind == 1:
            x = rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
        elif kind == 2:
            x = float(rng.randint(-10**6, 10**6)) / rng.choice([1, 2, 4, 8, 10, 100, 1000])
        elif kind == 3:
            x = round(rng.uniform(-1000, 1000), rng.randint(0, 6))
        elif kind == 4:
            x = 10.0 ** rng.randint(-20, 25) * rng.choice([1, -1, 1.5, 0.5, 9.999999, 1.0000001])
        elif kind == 5:
            x = float(rng.getrandbits(rng.randint(1, 70))) * rng.choice([1, -1])
        elif kind == 6:
            x = rng.choice([0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045]) * \
                10.0 ** rng.randint(-3, 3)
        else:
            x = rng.random() * 2.0 ** rng.randint(-1074, 1023)
        out.append(x)
    return out


SPECIAL_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1/3, 2/3,
                  1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 0.00001234,
                  1.5e-7, 100.0, 1e22, 1e23, 2e16 + 8, 123456789.0, 1234567890123456789.0,
                  5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 4.35,
                  2.675, 0.5, 1.5, 2.5, -2.5, 3.5, 0.125, 1e100, 1e-100, 12345.6789,
                  float('inf'), float('-inf'), float('nan'), 9.5, 99.5, 999.5, 0.05,
                  0.95, 0.995, 1e300, 1e-300, 3.141592653589793, 2.718281828459045,
                  6.02214076e23, 1.602176634e-19, 299792458.0, 1e-7, 1e21, 1e20]
