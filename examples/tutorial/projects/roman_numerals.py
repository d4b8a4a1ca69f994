VALUES = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (1-3999)")
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    single = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = single[ch]
        if i + 1 < len(s) and single[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} = {r:<12} -> {from_roman(r)}")
for bad in [0, 4000, -1]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("error:", e)
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
print(max((to_roman(i) for i in range(1, 100)), key=len))


def to_base(n, base):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, base)
        out = digits[r] + out
    return sign + out


for n in [0, 5, 255, -42, 1000000]:
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36), int(to_base(n, 36), 36) == n)
