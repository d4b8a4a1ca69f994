# cmath: square roots, exponentials and polar form of complex numbers
import cmath, math
vals = [0j, 1, -1, 4, -4.0, 2j, -2j, 1+1j, 3-4j, -3+4j, complex(-0.0, -0.0), complex(-1, -0.0), complex(-1, 0.0),
        1e-320+1e-320j, 5e-324j, 1e308+1e308j, complex(math.inf, 1), complex(-math.inf, 1), complex(1, math.inf),
        complex(math.nan, 1), complex(math.inf, math.nan), complex(-math.inf, math.inf), 710+1j, 709.5-2j, -1000+3j,
        complex(math.inf, 0), complex(-math.inf, -0.0), complex(math.nan, 0), complex(0, math.nan), 0.5j, 2**0.5]
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "=>", type(e).__name__, e)
for v in vals:
    for name in ['sqrt', 'exp', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']:
        attempt(f"{name}({v!r})", lambda: getattr(cmath, name)(v))
for r in [0.0, -0.0, 1.0, -2.0, math.inf, -math.inf, math.nan]:
    for phi in [0.0, -0.0, 1.0, -2.0, math.pi, math.inf, -math.inf, math.nan]:
        attempt(f"rect({r!r}, {phi!r})", lambda: cmath.rect(r, phi))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
class C:
    def __complex__(self): return 3+4j
attempt("sqrt(C())", lambda: cmath.sqrt(C()))
attempt("sqrt('a')", lambda: cmath.sqrt('a'))
attempt("sqrt()", lambda: cmath.sqrt())
attempt("rect(1)", lambda: cmath.rect(1))
attempt("phase(1,2)", lambda: cmath.phase(1, 2))
attempt("polar([])", lambda: cmath.polar([]))
attempt("sqrt(2**1100)", lambda: cmath.sqrt(2**1100))
attempt("polar big", lambda: cmath.polar(complex(1.5e308, 1.5e308)))
r, phi = cmath.polar(1+1j)
print(r, phi, cmath.rect(r, phi))
