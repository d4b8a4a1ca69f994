# Recursive Fibonacci: function calls and integer arithmetic.
# fib(27) makes about 630k calls; it is computed 12 times.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for _ in range(12):
    total += fib(27)
print("fib(27) =", fib(27), "checksum:", total)
