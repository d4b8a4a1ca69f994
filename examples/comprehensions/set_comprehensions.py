# Set comprehensions (of ints, so the printed order is predictable)
print({n % 5 for n in range(20)})
print(sorted({n * n for n in range(-3, 4)}))
print({len(w) for w in ["a", "bb", "cc", "ddd", "e"]})
evens = {n for n in range(10) if n % 2 == 0}
print(evens, 4 in evens, 5 in evens)
text = "the rain in spain stays mainly in the plain"
print(sorted({w for w in text.split() if "ai" in w}))
print(len({ch for ch in text if ch.isalpha()}))
print({x for x in []}, type({x for x in []}).__name__)
print(sorted({abs(x) for x in [-2, -1, 0, 1, 2]}))
print({n // 10 for n in [5, 15, 25, 11, 3]})
