# The arithmetic operators on ints
a, b = 17, 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b, a ** b)
print(7 / 2, 8 / 2, 1 / 3)
print(2 ** 10, 2 ** 100)
print(2 ** -2, 10 ** 0, 0 ** 0)
print(-2 ** 2, (-2) ** 2)      # ** binds tighter than unary minus
print(2 ** 3 ** 2)             # right associative
print(1 + 2 * 3 - 4 / 2)
print((1 + 2) * (3 - 4))
print(100 - 10 - 1, 2 * 3 % 4)
print(divmod(17, 5), divmod(-17, 5))

def average(nums):
    return sum(nums) / len(nums)

print(average([1, 2, 3, 4]))
print(average([2, 4]))
print(10 // 3 * 3 + 10 % 3)
print(abs(-42), abs(7), -(-3))
print(255 // 16, 255 % 16)
