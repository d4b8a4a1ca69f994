# Repeating sequences by huge or negative counts: CPython's errors.

tests = [
    ("'x' * -(10**30)", lambda: "x" * -(10**30)),
    ("'x' * 10**30", lambda: "x" * 10**30),
    ("[0] * 10**30", lambda: [0] * 10**30),
    ("[0] * -(10**30)", lambda: [0] * -(10**30)),
    ("(1,) * 10**30", lambda: (1,) * 10**30),
    ("b'x' * 10**30", lambda: b"x" * 10**30),
    ("10**30 * 'x'", lambda: 10**30 * "x"),
    ("-(10**30) * [1]", lambda: -(10**30) * [1]),
    ("'' * 10**30", lambda: "" * 10**30),
    ("[] * 10**30", lambda: [] * 10**30),
    ("'x'.__mul__(10**30)", lambda: "x".__mul__(10**30)),
    ("[1].__mul__(-10**30)", lambda: [1].__mul__(-(10**30))),
    ("'ab' * 2**62", lambda: "ab" * 2**62),
    ("b'ab' * 2**62", lambda: b"ab" * 2**62),
    ("[1, 2] * 2**62", lambda: [1, 2] * 2**62),
    ("(1, 2) * 2**62", lambda: (1, 2) * 2**62),
    ("'x' * 2**63", lambda: "x" * 2**63),
    ("'x' * (2**63 - 1)", lambda: "x" * (2**63 - 1)),
    ("'x' * 1.5", lambda: "x" * 1.5),
    ("[1] * 'a'", lambda: [1] * "a"),
    ("'ab' * -3", lambda: "ab" * -3),
    ("[1, 2] * 0", lambda: [1, 2] * 0),
    ("'ab' * True", lambda: "ab" * True),
]
for text, fn in tests:
    try:
        print(text, "->", repr(fn()))
    except (OverflowError, MemoryError, TypeError) as e:
        print(text, "->", type(e).__name__, e)
items = [1]
try:
    items *= 10**30
except OverflowError as e:
    print("items *= 10**30 ->", e)
items *= 3
print(items)
