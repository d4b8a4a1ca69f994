# Nested loops, break only leaves the innermost loop
for i in range(1, 4):
    row = ""
    for j in range(1, 4):
        row += f"{i * j:4}"
    print(row)

pairs = []
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 20:
            pairs.append((a, b, c))
print(pairs)

target = 7
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value == target:
            found = (r, c)
            break
    if found:
        break
print("found", target, "at", found)

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
size = 4
for i in range(size):
    print(" " * (size - i - 1) + "*" * (2 * i + 1))
