# while loops with break, continue and else
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps for 27:", steps)

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
print("stopped at", i)

def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(f"{n} = {d} * {n // d}")
            break
        d += 1
    else:
        print(f"{n} is prime")

for n in [91, 97, 2, 1024]:
    find_divisor(n)

count = 3
while count:
    print("count", count)
    count -= 1
else:
    print("while-else runs when the condition becomes false")

balance, years = 100.0, 0
while balance < 200:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))
