# Dict comprehensions
squares = {n: n * n for n in range(6)}
print(squares)
words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})             # later keys win
inverted = {v: k for k, v in squares.items() if v % 2 == 0}
print(inverted)
prices = {"pen": 1.5, "book": 12.0, "bag": 30.0}
print({item: round(p * 1.2, 2) for item, p in prices.items() if p > 5})
print({k.upper(): v for k, v in zip("abc", range(3))})
print({i: ("even" if i % 2 == 0 else "odd") for i in range(4)})
counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
print(counts)
nested = {r: {c: r * c for c in range(1, 3)} for r in range(1, 3)}
print(nested)
print({x: y for x, y in [("a", 1), ("b", 2), ("a", 3)]})
