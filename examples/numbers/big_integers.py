# ints have arbitrary precision
import math

print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 64))
print(10 ** 30 + 1)

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

f50 = factorial(50)
print(f50)
print(math.factorial(50))
print(f50 == math.factorial(50))
print(len(str(f50)), "digits")

big = 123456789012345678901234567890
print(big * big)
print(-big // 7, -big % 7)
print(big // 10 ** 20, big % 10 ** 20)
print(-(10 ** 25) + 1)
print(abs(-(3 ** 50)))
print(2 ** 100 / 2 ** 99)
print(2 ** 70 > 1e20, 2 ** 100 == 2.0 ** 100)
print(sum(range(10 ** 6)))
print(hex(2 ** 80), bin(2 ** 20))
print(int("9" * 30) + 1)
fibs = [0, 1]
while len(fibs) < 101:
    fibs.append(fibs[-1] + fibs[-2])
print("fib(100) =", fibs[100])
