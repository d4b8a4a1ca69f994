# del on names, list items, slices and dict keys
x = 10
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

nums = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[2:4]
print(nums)
del nums[::2]
print(nums)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

a, b = 1, 2
del a, b
try:
    print(a + b)
except NameError as e:
    print("after del a, b:", e)

matrix = [[1, 2], [3, 4]]
del matrix[0][1]
print(matrix)
