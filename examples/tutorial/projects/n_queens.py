def solve(n):
    solutions = []
    cols = []

    def safe(row, col):
        for r, c in enumerate(cols):
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for col in range(n):
            if safe(row, col):
                cols.append(col)
                place(row + 1)
                cols.pop()

    place(0)
    return solutions


for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))
