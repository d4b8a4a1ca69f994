# what complex numbers do not support, with CPython's messages
import math

def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "=>", type(e).__name__, e)

attempt("1j // 1", lambda: 1j // 1)
attempt("1j % 1", lambda: 1j % 1)
attempt("2 % (1+1j)", lambda: 2 % (1 + 1j))
attempt("divmod(1j, 1)", lambda: divmod(1j, 1))
attempt("1j & 1", lambda: 1j & 1)
attempt("1 << 1j", lambda: 1 << 1j)
attempt("~1j", lambda: ~1j)
attempt("1j < 1j", lambda: 1j < 1j)
attempt("1j < 1", lambda: 1j < 1)
attempt("2.0 >= 1j", lambda: 2.0 >= 1j)
attempt("max(1j, 2j)", lambda: max(1j, 2j))
attempt("sorted([1j, 2j])", lambda: sorted([1j, 2j]))
attempt("int(1j)", lambda: int(1j))
attempt("float(1j)", lambda: float(1j))
attempt("round(1j)", lambda: round(1j))
attempt("round(1j, 2)", lambda: round(1j, 2))
attempt("math.sqrt(1j)", lambda: math.sqrt(1j))
attempt("'%f' % 1j", lambda: "%f" % 1j)
attempt("1j + 'a'", lambda: 1j + "a")
attempt("[1] * 1j", lambda: [1] * 1j)
text = "ab"
attempt("text[1j]", lambda: text[1j])
attempt("range(1j)", lambda: range(1j))

# division by zero and bad powers
attempt("1 / 0j", lambda: 1 / 0j)
attempt("1j / 0", lambda: 1j / 0)
attempt("(1+1j) / 0.0", lambda: (1 + 1j) / 0.0)
attempt("0j ** -1", lambda: 0j ** -1)
attempt("0j ** 1j", lambda: 0j ** 1j)
attempt("0 ** -1j", lambda: 0 ** -1j)
attempt("0j ** -1.5", lambda: 0j ** -1.5)
attempt("(10+10j) ** 400", lambda: (10 + 10j) ** 400)
attempt("(1e155+1e155j) ** 3", lambda: (1e155 + 1e155j) ** 3)
attempt("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
attempt("pow(2, 3, 1j)", lambda: pow(2, 3, 1j))
attempt("pow(1j, 'a', 3)", lambda: pow(1j, "a", 3))
attempt("1j.__pow__(2, 3)", lambda: 1j.__pow__(2, 3))
attempt("abs(complex(1.5e308, 1.5e308))", lambda: abs(complex(1.5e308, 1.5e308)))
attempt("2 ** 1100 + 1j", lambda: 2 ** 1100 + 1j)
attempt("1j * 2 ** 1100", lambda: 1j * 2 ** 1100)

# the constructor
attempt("complex([])", lambda: complex([]))
attempt("complex(None)", lambda: complex(None))
attempt("complex(b'1')", lambda: complex(b"1"))
attempt("complex(1, [])", lambda: complex(1, []))
attempt("complex(1, None)", lambda: complex(1, None))
attempt("complex('1', 2)", lambda: complex("1", 2))
attempt("complex('1', None)", lambda: complex("1", None))
attempt("complex(1, '2')", lambda: complex(1, "2"))
attempt("complex(imag='1')", lambda: complex(imag="1"))
attempt("complex(1, 2, 3)", lambda: complex(1, 2, 3))
attempt("complex(x=1)", lambda: complex(x=1))
attempt("complex(2 ** 1100)", lambda: complex(2 ** 1100))

class Bad:
    def __complex__(self):
        return 5

attempt("complex(Bad())", lambda: complex(Bad()))
attempt("complex.conjugate(1)", lambda: complex.conjugate(1))

def set_real():
    z = 1j
    z.real = 3

def set_other():
    z = 1j
    z.label = "x"

attempt("z.real = 3", set_real)
attempt("z.label = 'x'", set_other)
attempt("(1j).__sizeof__()", lambda: (1j).__sizeof__())

def del_imag():
    z = 1j
    del z.imag

attempt("del z.imag", del_imag)
print(complex.real, complex.imag, type(complex.real).__name__)
