# Common loop idioms: accumulate, search, running max, zip, enumerate
temps = [12.5, 15.0, 9.5, 20.25, 18.0]
total = 0
highest = temps[0]
for t in temps:
    total += t
    if t > highest:
        highest = t
print("avg", total / len(temps), "max", highest)

days = ["mon", "tue", "wed", "thu", "fri"]
for day, t in zip(days, temps):
    marker = " <- warmest" if t == highest else ""
    print(f"{day}: {t:5.1f}{marker}")

for n, day in enumerate(days, start=1):
    if n % 2 == 0:
        print(n, day)

result = []
remaining = [5, 3, 8, 1]
while remaining:
    smallest = min(remaining)
    remaining.remove(smallest)
    result.append(smallest)
print(result)

primes = []
for n in range(2, 40):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
words = "a quick brown fox jumps".split()
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest)
