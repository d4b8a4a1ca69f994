# Unpacking into several names
point = (3, 4)
x, y = point
print(x, y)
a, b, c = "abc"
print(a, b, c)
[first, second] = [10, 20]
print(first, second)
k1, k2 = {"one": 1, "two": 2}          # iterating a dict gives its keys
print(k1, k2)
(p, q), r = [1, 2], 3
print(p, q, r)
x, y = y, x
print("swapped", x, y)
a, b, c = range(3)
print(a, b, c)
n1, n2 = map(int, "7 8".split())
print(n1 + n2)
fib_a, fib_b = 0, 1
for _ in range(10):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)
single, = [42]                          # a 1-tuple target
print(single)
[only] = "z"
print(only)
