fruits = ["apple", "banana", "cherry"]
fruits.append("date")
fruits.insert(1, "avocado")
fruits.extend(["elderberry", "fig"])
print(fruits, len(fruits))
print(fruits[0], fruits[-1], fruits[1:3], fruits[::2], fruits[::-1])
print(fruits.index("cherry"), fruits.count("apple"), "fig" in fruits)
removed = fruits.pop()
print(removed, fruits.pop(0), fruits)
fruits.remove("banana")
print(fruits)
fruits.sort()
print(fruits)
fruits.reverse()
print(fruits)
del fruits[1]
print(fruits)
fruits[0] = "APRICOT"
print(fruits)
fruits.clear()
print(fruits, bool(fruits))

nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(nums), min(nums), max(nums), sorted(nums), nums)
print(nums * 2, nums + [0], [0] * 4)
copy = nums[:]
copy.append(99)
print(len(nums), len(copy))
nums[2:4] = [40, 10, 11]
print(nums)
nums[::2] = [0, 0, 0, 0, 0]
print(nums)
del nums[::3]
print(nums)
print(list(range(10))[2:8:2], list(range(10))[-3:], list(range(10))[:-7])
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1}))
a = [1, 2]
b = a
b.append(3)
print(a, a is b, a == [1, 2, 3], a is [1, 2, 3])
stack = []
for x in [1, 2, 3]:
    stack.append(x)
while stack:
    print("pop", stack.pop())
print([x for x in range(20) if x % 3 == 0], [[i, j] for i in range(2) for j in range(2)])
print(enumerate is not None, list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")))
