# Unary minus, plus, invert and not
x = 5
print(-x, +x, ~x, not x)
print(--x, -(-x), - - - x)
print(~~x, ~-x, -~x)
y = -3.5
print(-y, +y, abs(y))
print(-0, +0, -0.0)
print(not 0, not not 0)
z = 2 ** 100
print(-z, ~z)
print(-True, +True, ~False)
print(-x ** 2, (-x) ** 2)
def negate_all(nums):
    return [-n for n in nums]
print(negate_all([1, -2, 3.0, 0]))
