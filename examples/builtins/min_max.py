# min and max: iterables, several arguments, key= and default=
nums = [7, -3, 12, 0, 5]
print(min(nums), max(nums))
print(min(4, 9, 1), max(4, 9, 1), max(2.5, 2), min("b", "a", "c"))
print(max("hello"), min("hello"), max([0]), min((9, 8)))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))
print(max(nums, key=abs), min(nums, key=lambda n: (n % 5, n)))
print(max([], default="empty"), min([], default=None), max([3], default=0))
print(max((1, "b"), (1, "a")), min([[2], [1, 5], [1]]))
ages = {"Ann": 31, "Bob": 25, "Cid": 40}
print(max(ages), max(ages, key=ages.get), min(ages.values()), max(ages.items(), key=lambda kv: kv[1]))
print(max("apple", "Banana", key=str.lower), max(3, 3.0), max(3.0, 3))
print(max(1, 2, key=lambda x: -x), max([2, 7, 7, 1], key=lambda x: x // 2))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(5)
except TypeError as e:
    print("TypeError:", e)
