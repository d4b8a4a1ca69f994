# list.sort and sorted with key and reverse; sorting is stable
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
people = [("Ann", 31), ("Bob", 25), ("Cid", 31), ("Dee", 25), ("Eve", 40)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)          # Ann before Cid, Bob before Dee: stable
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
print(sorted([3, 1, 2]), sorted("hello"), sorted((2, 1)), sorted({3: "a", 1: "b"}))
print(sorted([-3, 2, -1], key=abs), sorted([[2, 1], [1, 2], [1]]))
print(nums.sort() is None)
mixed = [3, "a"]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e)
