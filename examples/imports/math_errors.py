# math's domain and range errors, and its argument checks
import math

cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-2.5)", lambda: math.log(-2.5)),
    ("log(5, 1)", lambda: math.log(5, 1)),
    ("log10(-10**100)", lambda: math.log10(-10**100)),
    ("acos(2)", lambda: math.acos(2)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("cosh(1e3)", lambda: math.cosh(1e3)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("pow(10, 400)", lambda: math.pow(10, 400)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("sin(inf)", lambda: math.sin(math.inf)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-2)", lambda: math.gamma(-2)),
    ("lgamma(0)", lambda: math.lgamma(0)),
    ("ldexp(1, 5000)", lambda: math.ldexp(1.0, 5000)),
    ("ldexp(1, 2.0)", lambda: math.ldexp(1.0, 2.0)),
    ("sqrt(10**400)", lambda: math.sqrt(10**400)),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("sqrt()", lambda: math.sqrt()),
    ("atan2(1)", lambda: math.atan2(1)),
    ("log()", lambda: math.log()),
    ("floor(nan)", lambda: math.floor(math.nan)),
    ("ceil(inf)", lambda: math.ceil(math.inf)),
    ("trunc('x')", lambda: math.trunc("x")),
    ("fsum([inf, -inf])", lambda: math.fsum([math.inf, -math.inf])),
    ("fsum([1e308, 1e308])", lambda: math.fsum([1e308, 1e308])),
    ("dist((1, 2), (1,))", lambda: math.dist((1, 2), (1,))),
    ("isclose(1, 2, rel_tol=-1)", lambda: math.isclose(1, 2, rel_tol=-1)),
    ("hypot(1, 'a')", lambda: math.hypot(1, "a")),
]
for text, f in cases:
    try:
        print(text, "=", f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(text, "->", type(e).__name__ + ":", e)
print(math.log(10**1000), math.log2(2**5000), math.log10(10**400), math.log(10**500, 10))
print(math.fsum([math.inf, 1.0]), math.exp(-1000), math.atan(math.inf), math.hypot(math.inf, math.nan))
