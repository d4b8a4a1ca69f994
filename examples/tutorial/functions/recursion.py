def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    return half * half * (base if exp % 2 else 1)


def flatten(items):
    result = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result


def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for rest in permutations(s[:i] + s[i + 1:]):
            out.append(ch + rest)
    return out


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


def binary_search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid - 1)


print([factorial(i) for i in range(8)], factorial(25))
print([fib(i) for i in range(15)])
print(power(2, 30), power(3, 13))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7]], 8]))
print(permutations("abc"), len(permutations("abcd")))
moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves)
data = list(range(0, 100, 3))
print(binary_search(data, 42), binary_search(data, 43), binary_search(data, 0), binary_search(data, 99))
print(sum(len(permutations("abcde")[i]) for i in range(3)))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
