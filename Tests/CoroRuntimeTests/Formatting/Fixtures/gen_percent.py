"""printf-style 'template % args' cases. Writes percent.txt.

Line: mode, template, outcome, args... where mode is t (a tuple of the args),
v (the single arg itself) or d (a dict; each arg is key=value). An arg is
i:<hexadecimal digits>, f:<float.hex>, or s:<text>.
"""
from fixturelib import scaled, seeded, SPECIAL_FLOATS, fl, interesting_floats, outcome, write

rng = seeded(1618)


def enc(v):
    if isinstance(v, int):
        return 'i:' + format(v, 'x')
    if isinstance(v, float):
        return 'f:' + fl(v)
    return 's:' + v


rows = []


def case(template, args):
    if isinstance(args, dict):
        mode, fields = 'd', [k + '=' + enc(v) for k, v in args.items()]
    elif isinstance(args, tuple):
        mode, fields = 't', [enc(v) for v in args]
    else:
        mode, fields = 'v', [enc(args)]
    result = outcome(lambda: template % args)
    rows.append([mode, template, result] + fields)


HAND = [
    ('%s', ('abc',)), ('%s', 'abc'), ('%s', 42), ('%s', 1.5), ('%r', 'a\'b'), ('%r', 1e16),
    ('%d', 42), ('%i', -42), ('%u', 7), ('%d', 3.99), ('%d', -3.99), ('%d', 1e20),
    ('%x', 255), ('%X', 255), ('%o', 8), ('%#x', 255), ('%#X', 255), ('%#o', 8),
    ('%#x', -255), ('%#5x', 255), ('%#05x', 255), ('%#-8x|', 255), ('%-#8o|', -8),
    ('%5d', 42), ('%-5d|', 42), ('%05d', 42), ('%05d', -42), ('%-05d|', -3), ('%+d', 5),
    ('%+d', -5), ('% d', 5), ('% d', -5), ('%+ d', 5), ('% +d', 5), ('%+05d', 5),
    ('% 05d', 5), ('%.3d', 7), ('%.3d', -7), ('%8.3d', -7), ('%-8.3d|', 7), ('%08.3d', 7),
    ('%.0d', 0), ('%#.5x', 255), ('%#10.5x', 255), ('%#010.5x', 255), ('%+#x', 255),
    ('%f', 3.14159), ('%.2f', 2.675), ('%5.2f', 3.14159), ('%-10.3f|', -1.5),
    ('%010.3f', -1.5), ('%+.1f', 0.05), ('% .1f', 0.05), ('%e', 12345.678), ('%E', 1e-10),
    ('%g', 1.0), ('%g', 1e-5), ('%g', 123456789.0), ('%G', 1e-20), ('%#g', 1.0),
    ('%#.0f', 3.0), ('%#.0e', 3.0), ('%.0f', 0.5), ('%.0f', 1.5), ('%f', float('inf')),
    ('%F', float('inf')), ('%f', float('nan')), ('%F', float('-nan')), ('%010f', float('inf')),
    ('%+f', float('nan')), ('%-8f|', float('-inf')), ('%f', 10**20), ('%f', 2**1100),
    ('%.3s', 'abcdef'), ('%10s|', 'abc'), ('%-10s|', 'abc'), ('%.0s|', 'abc'),
    ('%5.1s|', 'xyz'), ('%010s', 'abc'), ('%+s', 'abc'), ('%.2r', 'abc'),
    ('%c', 65), ('%c', 'x'), ('%c', 0x1F600), ('%5c|', 65), ('%-5c|', 'é'), ('%.0c', 66),
    ('%c', -1), ('%c', 0x110000), ('%c', 2**70), ('%c', 'ab'), ('%c', ''), ('%c', 1.5),
    ('%%', ()), ('100%%', ()), ('%5%', ()), ('%5%', (1,)), ('%z', ()), ('%z', (1,)),
    ('abc %y def', (1,)), ('%é', (1,)), ('%\x01', (1,)), ('%', ()), ('abc%', ()),
    ('%-', ()), ('%5', ()), ('%.', ()), ('%.5', ()), ('%*', (5,)), ('%*.*', (5, 6)),
    ('%l', (1,)), ('%ld', (1,)), ('%hd', (1,)), ('%Lf', (1.5,)), ('%lld', (1,)),
    ('%*d', (5, 42)), ('%-*d|', (5, 42)), ('%*d|', (-5, 42)), ('%.*f', (2, 3.14159)),
    ('%.*f', (-2, 3.14159)), ('%*.*f', (10, 3, 3.14159)), ('%*d', (1.5, 2)),
    ('%.*d', (2**40, 2)), ('%99999999999999999999d', (1,)), ('%.99999999999999999999d', (1,)),
    ('%.2147483647d', (1,)), ('%.2147483645d', (1,)),
    ('%(a)s', {'a': 1}), ('%(a)s %(b)d', {'a': 'x', 'b': 2}), ('%(a)s', {'b': 1}),
    ('%(a', {'a': 1}), ('%(a', ()), ('%(a)', {'a': 1}), ('%(a)*d', {'a': 5}),
    ('%((a))s', {'(a)': 1}), ('%(a)s %s', {'a': 1}), ('%(a)5.1f|', {'a': 2.25}),
    ('%(x)-6d|%(y)06.2f', {'x': 3, 'y': -1.5}), ('abc', ()), ('abc', 5), ('abc', {'a': 1}),
    ('%d %d', (1,)), ('%d', (1, 2)), ('%d', ('a',)), ('%f', ('a',)), ('%x', (1.5,)),
    ('%o', ('a',)), ('%s %s %s', ('a', 1, 2.5)), ('%r', (1,)), ('%a', ('abc',)),
    ('%d', 10**30), ('%x', -(2**100)), ('%#o', 2**64), ('%.40d', 10**30), ('%d', 10**5000),
    ('%x', 10**5000), ('%s', 'tab\there'), ('%r', 'line\nbreak'), ('%-3s|%3s|', ('é', '😀')),
    ('%g', 1e16), ('%.20g', 0.1), ('%.100f', 1e-5), ('%.3e', 0.0), ('%e', -0.0),
    ('%.1f', 0.25), ('%.1f', 0.35), ('%.2e', 1.125e-300), ('%+.3g', 1234567.0),
]
for template, args in HAND:
    case(template, args)

CONVERSIONS = 'sdiuoxXeEfFgGcr'


def random_value(conv):
    if conv in 'diuoxX':
        k = rng.randrange(4)
        if k == 0:
            return rng.randint(-1000, 1000)
        if k == 1:
            return rng.randint(-2**64, 2**64)
        if k == 2:
            return rng.getrandbits(rng.randint(64, 300)) * rng.choice([1, -1])
        return rng.randint(-10**7, 10**7)
    if conv in 'eEfFgG':
        return rng.choice(interesting_floats(rng, 1) + [rng.choice(SPECIAL_FLOATS)])
    if conv == 'c':
        return rng.choice([65, 0x20ac, 0x1f600, 'z', 'é'])
    if conv == 'r':
        return rng.choice(['ab\'c', 'x"y', 'tab\t', 'é', 12, 1.25])
    return rng.choice(['abc', '', 'héllo', 'a longer string', 'x' * 12, 17, -2.5])


def random_conversion(args):
    flags = ''.join(rng.choice(['', '', '-', '+', ' ', '#', '0']) for _ in range(2))
    width = rng.choice(['', '', '', '1', '5', '8', '12', '20', '*'])
    precision = rng.choice(['', '', '', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.*'])
    conv = rng.choice(CONVERSIONS)
    if width == '*':
        args.append(rng.randint(-15, 15))
    if precision == '.*':
        args.append(rng.randint(-3, 12))
    args.append(random_value(conv))
    return '%' + flags + width + precision + conv


for _ in range(scaled(800)):
    parts, args = [], []
    for _ in range(rng.randint(1, 3)):
        parts.append(rng.choice(['', '', 'x=', ' ', '[', '|', 'é ', '%%']))
        parts.append(random_conversion(args))
    parts.append(rng.choice(['', '', ']', ' end', '%%']))
    template = ''.join(parts)
    case(template, tuple(args) if len(args) != 1 or rng.random() < 0.5 else args[0])
write('percent.txt', rows)
