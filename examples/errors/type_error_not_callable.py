# Shadowing a builtin, then calling it
numbers = [3, 1, 2]
print(max(numbers))
max = max(numbers)
print(max)
print(max(numbers))
