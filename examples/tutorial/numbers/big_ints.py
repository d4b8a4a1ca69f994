def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in [0, 1, 5, 10, 20, 25, 30]:
    print(f"{n}! = {factorial(n)}")
f50 = factorial(50)
print(len(str(f50)), sum(int(d) for d in str(f50)), str(f50).count("0"))
print(2 ** 100, 2 ** 64 - 1, -(2 ** 63), 10 ** 30 + 1)
print(2 ** 100 // 3, 2 ** 100 % 7, -(2 ** 100) // 7, -(2 ** 100) % 7)
print(pow(2, 100, 1000007), pow(3, 200, 13), pow(7, -1, 11))
a = 123456789123456789123456789
b = 987654321987654321
print(a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(a > b, a == a + 0, abs(-a), -a, a.bit_length(), (2 ** 70).bit_length())
print(int("1" * 30), int("ff" * 10, 16), hex(2 ** 80), bin(2 ** 65), oct(8 ** 25))
print(f"{2 ** 80:,}", f"{2 ** 70:x}", f"{10 ** 25:e}", float(10 ** 25), str(3 ** 50)[:10])

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([fib(i) for i in range(15)])
print(fib(100), fib(200))
print(2 ** 64 * 0.5, 2 ** 64 / 2 ** 32, (2 ** 100) / (2 ** 99), 10 ** 20 / 3)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(max(2 ** 65, 2 ** 64 + 5), min([10 ** 20, -10 ** 20]), sorted([2 ** 70, 5, -2 ** 66]))
print(1 << 70, (1 << 70) >> 68, (2 ** 70) & 0xFFFF, (2 ** 70) | 1, ~(2 ** 70), -(2 ** 70) >> 3)
print(int(2 ** 100 == 2.0 ** 100), 2 ** 100 == 2.0 ** 100, hash(2 ** 100) == hash(2.0 ** 100))
