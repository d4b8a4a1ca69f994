# Recursive functions
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(f"{src}->{dst}")
    hanoi(n - 1, via, dst, src, moves)

def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

print([factorial(n) for n in range(8)], factorial(25))
print([fib(n) for n in range(15)])
moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves)
print(flatten([1, [2, [3, [4, [5]]]], 6, []]))
print(power_set([1, 2, 3]))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))      # fine below the default limit of 1000
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462))
