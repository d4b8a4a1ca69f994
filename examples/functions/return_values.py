# return: single values, several values (a tuple), early return, None
def stats(nums):
    if not nums:
        return None
    return min(nums), max(nums), sum(nums) / len(nums)

print(stats([4, 8, 15, 16, 23, 42]))
print(stats([]))
lo, hi, mean = stats([1, 2, 3, 4])
print(lo, hi, mean)

def no_return():
    x = 1

def bare_return():
    return

print(no_return(), bare_return())

def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    return "positive"
    print("unreachable")

print([classify(n) for n in (-1, 0, 1)])

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1

print(find("abc", "c"), find("abc", "z"))
def make_pair():
    return [1, 2], {"k": "v"}
pair = make_pair()
print(pair, type(pair).__name__)
