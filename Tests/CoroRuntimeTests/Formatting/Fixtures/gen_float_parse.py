"""float(text) cases: text, outcome as float.hex(). Writes float_parse.txt."""
from fixturelib import scaled, seeded, SPECIAL_FLOATS, fl, interesting_floats, outcome, write

rng = seeded(8080)
HAND = ['0', '-0', '+0', '0.0', '-0.0', '1', '1.', '.5', '-.5', '+.5e1', '.', '-.', 'e5',
        '1e', '1e+', '1e-5', '1E5', '1e500', '-1e500', '1e-400', '-1e-400', '1.5e308',
        '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
        '2.2250738585072011e-308', '2.2250738585072014e-308', '4.9e-324', '2.4703282292062328e-324',
        '2.4703282292062327e-324', '9007199254740993', '9007199254740992.5', '1e23', '8.5e22',
        '0.1', '0.30000000000000004', '123456789012345678901234567890',
        '0.' + '0' * 300 + '1', '1' + '0' * 400, '1' + '0' * 300 + '.5e-300',
        'inf', 'INF', 'Inf', '-inf', '+inf', 'infinity', 'INFINITY', '-Infinity', 'infinit',
        'infinityy', 'nan', 'NaN', '-nan', '+NAN', 'nanq', 'na', 'in', ' inf ', '\tnan\n',
        '1_000', '1_000.5', '1_000.000_1', '1__0', '_1', '1_', '1_.5', '1._5', '1.5_',
        '1_e5', '1e_5', '1e5_0', '1e5_', '-_1', '_-1', 'in_f', 'nan_', '0x1p3', '0x10',
        '1,5', '1 5', '', ' ', '\t\n', '+', '-', '--1', '+-1', '1e5.5', '1.5.5',
        '١.٥', '١٢٣', '\u2003 1.5 \u2003', '\x1c1.5', '1.5\x00', '\x00', '1\x005',
        ' 1_0 ', '1_0 ', ' _1', '\u00a01e3', '1e\u2003', 'é', '1é', '٣e٢', '１２',
        "'1'", '"2"', 'back\\1', '9' * 30 + 'e-30', '0.000001', '1e-7', '12345678901234567e-10']


def variants(x):
    out = [repr(x), '%.17g' % x, '%.20e' % x, '%.3e' % x, '%.25f' % x if abs(x) < 1e10 else repr(x)]
    text = rng.choice(out)
    r = rng.random()
    if r < 0.15:
        text = ' ' + text + '  '
    elif r < 0.25 and text[0].isdigit() and len(text) > 1:
        i = rng.randrange(1, len(text))
        if text[i - 1].isdigit() and text[i].isdigit():
            text = text[:i] + '_' + text[i:]
    elif r < 0.3:
        text = text.upper()
    elif r < 0.35:
        i = rng.randrange(len(text) + 1)
        text = text[:i] + rng.choice(['_', 'x', '.', ' ', 'e', '-']) + text[i:]
    return text


cases = HAND + [variants(x) for x in SPECIAL_FLOATS + interesting_floats(rng, scaled(1300))]
for _ in range(scaled(150)):
    n = rng.randint(17, 40)
    digits = ''.join(rng.choice('0123456789') for _ in range(n))
    cases.append(digits[:1] + '.' + digits[1:] + 'e' + str(rng.randint(-330, 310)))
rows = [(text, outcome(lambda: float(text), fl)) for text in cases]
write('float_parse.txt', rows)
