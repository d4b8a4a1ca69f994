# Slices with steps and negative indices; slice assignment and deletion
letters = list("abcdefghij")
print(letters[2:5], letters[:3], letters[7:], letters[-3:], letters[:-7])
print(letters[::3], letters[1::4], letters[::-1], letters[-2::-3])
print(letters[8:2:-2], letters[5:5], letters[20:30])

nums = list(range(10))
nums[2:5] = ["x", "y"]                 # shrink
print(nums)
nums[1:2] = [10, 20, 30]               # grow
print(nums)
nums[:0] = ["front"]                   # insert at the front
print(nums)
nums[len(nums):] = ["back"]            # append at the end
print(nums)
nums[::2] = "ABCDEFG"                  # extended slice: same length needed
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del nums[::2]
print(nums)
del nums[1:3]
print(nums)
nums[:] = []
print(nums)
copy = letters[:]
copy[0] = "Z"
print(letters[0], copy[0])
print(letters[-1], letters[-len(letters)])
try:
    letters[10]
except IndexError as e:
    print("IndexError:", e)
