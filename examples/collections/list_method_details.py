# list methods beyond the basics: insert clamps its index, pop and index
# take positions, sort takes only keywords, extend takes any iterable.
nums = [10, 20, 30]
nums.insert(100, 40)     # past the end: appended
nums.insert(-100, 0)     # before the start: prepended
nums.insert(-1, 35)      # before the last item
print(nums)

print(nums.pop(), nums.pop(0), nums.pop(-2), nums)

letters = list("abcabcab")
print(letters.index("c"), letters.index("c", 3), letters.index("a", -3))
print(letters.index("b", 2, 5), letters.count("a"), letters.count("z"))
letters.remove("b")
print(letters)

words = ["pear", "Fig", "apple", "banana", "kiwi"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)

stack = []
stack.extend(range(3))
stack.extend((7, 8))
stack.extend("hi")
stack.extend(x * x for x in [4, 5])
stack.extend({"k": 1})
print(stack)
stack.reverse()
print(stack)

copy = stack.copy()
copy.clear()
print(copy, len(stack))

# The special methods can be called by name too.
print(nums.__len__(), nums.__getitem__(1), nums.__contains__(30))
print([1, 2].__add__([3]), [0].__mul__(3), [1, 2].__eq__([1, 2]), [1].__lt__([2]))
print([].__eq__(5))
it = [1, 2, 3].__reversed__()
print(next(it), list(it))

try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index("x", 0, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
