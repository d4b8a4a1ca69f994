# enumerate (with start) and zip (with uneven lengths)
colors = ["red", "green", "blue"]
print(list(enumerate(colors)))
print(list(enumerate(colors, start=1)), list(enumerate("ab", 10)))
for i, color in enumerate(colors, 1):
    print(f"{i}. {color}")
names = ["Ann", "Bob", "Cid"]
scores = [88, 92]
print(list(zip(names, scores)))                 # stops at the shortest
print(list(zip(names, scores, "xyz")))
print(list(zip()), list(zip([1, 2])))
for name, score in zip(names, scores):
    print(name, score)
pairs = [(1, "a"), (2, "b"), (3, "c")]
numbers, letters = zip(*pairs)                  # unzip
print(numbers, letters)
print(dict(zip(names, range(3))))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
print([(i, j) for i, j in zip(range(3), range(10, 13))])
