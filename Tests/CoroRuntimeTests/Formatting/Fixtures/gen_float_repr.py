"""repr(float) cases: float.hex input, repr output. Writes float_repr.txt."""
from fixturelib import scaled, seeded, SPECIAL_FLOATS, fl, interesting_floats, write

rng = seeded(20240611)
values = list(SPECIAL_FLOATS)
values += [float(f"1e{e}") for e in range(-330, 310)]
values += [-(10.0 ** e) * 1.2345 for e in range(-20, 20)]
values += [2.0 ** e for e in range(-1074, 1024, 7)]
values += [float(n) for n in (2**53, 2**53 + 2, 2**63, 2**64, 10**15 - 1, 10**16 - 2, 10**17)]
values += interesting_floats(rng, scaled(1200))
write('float_repr.txt', [(fl(x), repr(x)) for x in values])
