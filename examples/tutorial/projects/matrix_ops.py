def make(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]


def show(m, title):
    print(title)
    for row in m:
        print("  [" + ", ".join(f"{x:>4}" for x in row) + "]")


def add(a, b):
    return [[a[i][j] + b[i][j] for j in range(len(a[0]))] for i in range(len(a))]


def multiply(a, b):
    result = make(len(a), len(b[0]))
    for i in range(len(a)):
        for j in range(len(b[0])):
            for k in range(len(b)):
                result[i][j] += a[i][k] * b[k][j]
    return result


def transpose(m):
    return [list(col) for col in zip(*m)]


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * determinant(minor)
    return total


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(A, "A")
show(transpose(A), "A^T")
show(multiply(A, B), "A x B")
show(add(A, A), "A + A")
I = [[int(i == j) for j in range(3)] for i in range(3)]
show(I, "I")
print(multiply(I, [[1], [2], [3]]))
print(determinant([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), determinant([[1, 2], [3, 4]]))
print(determinant([[6, 1, 1, 3], [4, -2, 5, 1], [2, 8, 7, 6], [3, 1, 9, 7]]))
M = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([M[i][i] for i in range(3)], sum(M[i][2 - i] for i in range(3)))
print([sum(r) for r in M], [sum(c) for c in zip(*M)], max(max(r) for r in M))
rotated = [list(r) for r in zip(*M[::-1])]
print(rotated)
print([[x / 2 for x in row] for row in M][0])
spiral = []
m = [row[:] for row in M]
while m:
    spiral += m.pop(0)
    m = [list(r) for r in zip(*m)][::-1]
print(spiral)
