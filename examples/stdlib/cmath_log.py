# cmath.log and cmath.log10, with and without a base, special values and errors
import cmath, math
vals = [0j, 1, -1, 4, -4.0, 2j, -2j, 1+1j, 3-4j, -3+4j, complex(-0.0, -0.0), complex(-1, -0.0), complex(-1, 0.0),
        1e-320+1e-320j, 5e-324j, 1e308+1e308j, complex(math.inf, 1), complex(-math.inf, 1), complex(1, math.inf),
        complex(math.nan, 1), complex(math.inf, math.nan), complex(-math.inf, math.inf), 710+1j, 0.8+0.3j, 1.2-0.9j,
        complex(math.inf, 0), complex(-math.inf, -0.0), complex(math.nan, 0), complex(0, math.nan), 0.5j, 2**0.5,
        0.71, 1.73, 0.7, 1.75, 1e-300, 1e300, complex(1e308, 1), math.e, 10, 100, 1000, 1e-5j]
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "=>", type(e).__name__, e)
for v in vals:
    attempt(f"log({v!r})", lambda: cmath.log(v))
    attempt(f"log10({v!r})", lambda: cmath.log10(v))
    for b in [2, 10, 1j, 0, 1, math.e, -2]:
        attempt(f"log({v!r}, {b!r})", lambda: cmath.log(v, b))
attempt("log()", lambda: cmath.log())
attempt("log(1,2,3)", lambda: cmath.log(1, 2, 3))
attempt("log10()", lambda: cmath.log10())
attempt("log(x=1)", lambda: cmath.log(x=1))
attempt("log('a')", lambda: cmath.log('a'))
attempt("log(1, 'a')", lambda: cmath.log(1, 'a'))
