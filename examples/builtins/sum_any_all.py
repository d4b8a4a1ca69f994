# sum (with start), any and all
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 3))
print(sum([1, 2], 10), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([True, True, False]), sum([1.5, 2.5], start=1))
print(sum(x * x for x in range(5)))
print(any([0, "", None]), any([0, 1]), any([]), all([]), all([1, "a"]), all([1, 0]))
nums = [3, 8, 12, 5]
print(any(n > 10 for n in nums), all(n > 0 for n in nums), all(n % 2 for n in nums))
words = ["alpha", "beta", "gamma"]
print(all(w.islower() for w in words), any(w.startswith("b") for w in words))
print(any("z" in w for w in words))
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(30) if is_prime(n)])
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print("".join(["a", "b"]))
