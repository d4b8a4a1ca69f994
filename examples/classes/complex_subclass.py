# subclasses of complex: __new__, __init__, overridden operators, inherited arithmetic
import copy
class Z(complex):
    def __new__(cls, r, i=0):
        return super().__new__(cls, r * 2, i)
    def __init__(self, r, i=0):
        self.note = "made"
    def __add__(self, other):
        return "Z.add"
    def __abs__(self):
        return "Z.abs"
z = Z(1, 3)
print(z, z.note, z + 1, 1 + z, abs(z), -z, z * 2, z == 2+3j, hash(z) == hash(2+3j))
print(type(z).__mro__, z.real, z.imag, z.conjugate(), complex(z), type(complex(z)))
print(copy.copy(1j), copy.deepcopy(2+1j), isinstance(z, complex), bool(Z(0)))
print(Z.__mro__[1].__name__, f"{z}", f"{z:.1f}", str(z), repr(z), [z])
class W(complex):
    pass
w = W("1+2j")
print(w, type(w).__name__, w ** 2, type(w ** 2).__name__, w / 2, 2 / w, w - w, w.__dict__)
