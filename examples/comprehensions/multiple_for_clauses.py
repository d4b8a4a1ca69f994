# Several for and if clauses: they nest left to right
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs)
print([x + y for x in "ab" for y in "12"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([value for row in matrix for value in row])
print([value for row in matrix if row[0] > 1 for value in row if value % 2])
print([[row[i] for row in matrix] for i in range(3)])
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
           if a * a + b * b == c * c]
print(triples)
cards = [rank + suit for suit in "SH" for rank in "AKQ"]
print(cards)
print([(i, j) for i in range(4) for j in range(i)])
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({x: [y for y in range(x)] for x in range(4)})
words = ["one", "two", "three"]
print([ch for w in words if len(w) == 3 for ch in w if ch != "o"])
