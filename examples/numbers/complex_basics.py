# complex numbers: literals, repr, parts, equality and hashing
x = 1 + 2j
print(x, type(x))
print(type(2j), isinstance(1j, complex), isinstance(1j, (int, float)))

# imaginary literals
print(2j, 1.5J, 1e3j, 0j, 1_000j, .5j, 10.j)
print(-2j, 1 - 2j, -1 + 0j, 1 - 0j, -(0j))
print(1e16j, 1e-5j, 123456789012345678j, 1e15j)

# repr and str agree; the real part +0.0 is left out along with the parens
for z in [1 + 2j, 2j, -2j, complex(-0.0, -2), complex(1, -0.0), complex(0.0, -0.0),
          complex(-0.0, 0.0), 1.5 + 2.25j, complex(float("nan"), float("inf")),
          complex(float("-inf"), float("nan")), complex(1e300 * 10, 0)]:
    print(repr(z), str(z), [z])

# parts
z = 3 - 4j
print(z.real, z.imag, type(z.real), z.conjugate(), abs(z))
print((5).real, (5).imag, (5).conjugate(), (2.5).real, (2.5).imag, (2.5).conjugate())
print(True.real, True.imag)

# truth
print(bool(0j), bool(-0.0j), bool(1j), bool(complex(0, 0.1)), not 0j, 0j or "empty")

# equality with int, float and complex
print(1 + 0j == 1, 1 + 0j == 1.0, 1j == 1j, 1j != 1, 1j == "1j", 2 ** 100 + 0j == 2 ** 100)
print(complex(2 ** 53) == 2 ** 53 + 1, complex(2 ** 53) == 2 ** 53)
print([1j, 2j] == [1j, 2j], (1 + 0j) in [1, 2], 1 in [1 + 0j])

# hash agrees with int and float for equal values
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
print(hash(1 + 2j), hash(-1j), hash(complex(1, -1)), hash(0.5j), hash(1e100 + 1e100j))
print(hash(complex(float("inf"), 1)), hash(0j))
d = {1: "int", 2j: "complex"}
d[1 + 0j] = "replaced"
print(d, d[2j], 1.0 in d)
print({0j, 0, 0.0, False}, {1j, 2j, 3j, 1j})
print(1j in {1j, 2j, 3j}, frozenset({1j, 2j}) == {2j, 1j})

# complex() keeps signed zeros as CPython does
print(complex(), complex(1), complex(1, 2), complex(1.5, -2), complex(True), complex(-0.0))
print(complex(0, -0.0), complex(1j), complex(1j, 1j), complex(1, 1j), complex(real=1, imag=2))
print(complex(imag=2), complex(2 + 3j) is not None)
