letters = list("abcdefghij")
print(letters[2:5], letters[:3], letters[7:], letters[-3:], letters[:-3])
print(letters[::3], letters[1::2], letters[::-1], letters[::-2], letters[8:2:-2])
print(letters[100:], letters[-100:2], letters[5:2], letters[2:2])
word = "programming"
print(word[0], word[-1], word[3:7], word[::-1], word[::2])
print(word[:len(word) // 2], word[len(word) // 2:])
rotate = lambda lst, k: lst[k:] + lst[:k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1))
nums = list(range(10))
evens, odds = nums[::2], nums[1::2]
print(evens, odds)
chunks = [nums[i:i + 3] for i in range(0, len(nums), 3)]
print(chunks)
sl = slice(1, 8, 2)
print(nums[sl], sl.start, sl.stop, sl.step, sl)
nums[1:4] = []
print(nums)
nums[:0] = [-2, -1]
print(nums)
nums[len(nums):] = [100]
print(nums)
t = (0, 1, 2, 3, 4)
print(t[1:-1], t[::-1][:2], type(t[1:3]).__name__)
s = "Hello, World"
print(s[s.index(",") + 2:], s[:s.find(" ")])
print("racecar"[::-1] == "racecar", [1, 2, 3][-1:], "abc"[5:], "abc"[-1::-1])
print(list(range(20))[slice(None, None, 5)], range(10)[2:8:3], range(10)[::-1])
copy = letters[:]
copy[0] = "Z"
print(letters[0], copy[0])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in m[1:]], [m[i][i] for i in range(3)], [r[::-1] for r in m][::-1])
