# for loops over lists, strings, ranges, dicts; break/continue/else
for fruit in ["apple", "kiwi"]:
    print(fruit, len(fruit))
for ch in "hi!":
    print(repr(ch), end=" ")
print()
for i in range(0, 10, 3):
    print(i, end=" ")
print()
for i in range(5, 0, -2):
    print(i, end=" ")
print()

def first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            print("first negative", n, "at index", i)
            break
    else:
        print("no negatives in", nums)

first_negative([3, 0, -2, -5])
first_negative([1, 2])
first_negative([])

total = 0
for n in range(20):
    if n % 3 != 0:
        continue
    total += n
print("sum of multiples of 3 below 20:", total)

for key, value in {"a": 1, "b": 2}.items():
    print(key, "=", value)
for x in []:
    print("never")
else:
    print("else runs after an empty loop too")
for i in range(3):
    pass
print("i after loop:", i)
nums = [1, 2, 3]
for n in nums:
    n *= 10          # rebinding n does not change the list
print(nums)
