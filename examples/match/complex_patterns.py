# match literal patterns with complex numbers compare with ==
def classify(z):
    match z:
        case 1 + 2j:
            return "one plus two j"
        case 3j:
            return "three j"
        case -1 - 1j:
            return "minus one minus j"
        case 0 + 0j:
            return "zero"
        case complex(real=r, imag=0.0):
            return f"real complex {r}"
        case complex():
            return f"some complex {z}"
        case _:
            return f"not complex: {z!r}"

for value in [1 + 2j, complex(1, 2), 3j, -1 - 1j, 0, 0.0, 0j, 5 + 0j, 2 - 7j, "1+2j", 1]:
    print(repr(value), "->", classify(value))
