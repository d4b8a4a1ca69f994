# append, extend, insert, pop, remove, index, count, reverse, copy, clear
nums = [3, 1, 4]
nums.append(1)
print(nums)
nums.extend([5, 9])
nums.extend((2, 6))
nums.extend("ab")
print(nums)
nums.insert(0, "start")
nums.insert(-1, "before-last")
nums.insert(100, "end")
print(nums)
print(nums.pop(), nums.pop(0), nums.pop(-2))
print(nums)
nums.remove(1)            # removes the first 1 only
print(nums, nums.count(1), nums.count(7))
print(nums.index(9), nums.index(1), nums.index(1, 3) if 1 in nums[3:] else "none")
nums.reverse()
print(nums)
backup = nums.copy()
nums.clear()
print(nums, backup, len(backup))
print(nums.append(0))     # methods that mutate return None
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    ["a"].index("b")
except ValueError as e:
    print("ValueError:", e)
stack = []
for ch in "abc":
    stack.append(ch)
while stack:
    print("popped", stack.pop())
