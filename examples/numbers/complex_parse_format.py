# complex(str) and format(complex, spec)
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "=>", type(e).__name__, e)

for text in ["1+2j", " 3j ", "1e3-2.5j", "(1+2j)", " ( 1+2j ) ", "j", "-j", "+1-j", "1_0j",
             "inf-nanj", "1e3-2.5J", "1.j", ".5j", "infinityj", "nanj", "-nan", "  1.5  ",
             "\t-2.5e-3J\n", "١+٢j", "-0", "-0j", "1-0j", "1+1j ", "INF", "1E5J",
             "", "x", "1+", "1ej", "1e+j", "1+2j)", "(1+2j", "()", "1 +2j", "1+2jj", "1__0j",
             "_1j", "1_j", "j1", "1+2", "(j)", "--1j", "1+-2j", "0x10j", "1j+1"]:
    attempt(f"complex({text!r})", lambda: complex(text))

z = 1 + 2j
for spec in ["", ".2f", ".3", ">20", "<20", "^20", "*^15.1f", "+", "+.2", " ", "e", ".2e", "E",
             "g", "G", ".10g", "#g", "n", "f", "F", ",.2f", "_.2f", "z.1f", "-", "#", ".0f"]:
    attempt(f"format({z}, {spec!r})", lambda: format(z, spec))

for w in [1j, -1j, 0j, complex(-0.0, -0.0), 3 - 4j, 1e20 + 1e-20j, 1234567.891 + 1j,
          complex(float("nan"), float("-inf")), -1.5 - 0.25j]:
    print(repr(w), format(w), format(w, ".2f"), format(w, "g"), format(w, "z.1f"),
          format(w, ">16"), format(w, "+.1e"), format(w, ",.3f"))

print(f"{z}", f"{z!r:>12}", f"{z:.1f}", f"{-1j:10}", f"{1j!s:>5}", f"{1/3 + 2/3j:.3f}")
print("{} {:.1f} {!r}".format(1j, 2 + 3j, -1j), "%s %r" % (1j, 1 + 1j))
print(1j.__format__(".1f"), 1j.__format__(""))

for spec in ["%", "d", "x", "s", "c", "010", "=10", "0>10", ".2%"]:
    attempt(f"format(1j, {spec!r})", lambda: format(1j, spec))
