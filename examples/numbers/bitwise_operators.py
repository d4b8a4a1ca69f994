# & | ^ ~ << >> on ints, including negative numbers
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~a, ~0, ~-1, ~b)
print(1 << 10, 1 << 100)
print(1024 >> 3, -16 >> 2, -1 >> 10, -17 >> 1)
print(-5 & 0xFF, -1 & 7, -8 | 3, -6 ^ 3)

def bits_set(n):
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count

for n in [0, 1, 7, 255, 1023, 2 ** 40 - 1]:
    print(n, bits_set(n))

flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~EXEC
print(flags)
print(True & False, True | False, True ^ True)
print(5 & 3 == 1, (5 & 3) == 1)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4)
