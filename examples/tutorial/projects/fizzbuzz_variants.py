for i in range(1, 16):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)

print(["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or i for i in range(1, 16)])


def fizzbuzz(n, rules=((3, "Fizz"), (5, "Buzz"))):
    out = "".join(word for d, word in rules if n % d == 0)
    return out or str(n)


print(" ".join(fizzbuzz(i) for i in range(1, 22)))
print(" ".join(fizzbuzz(i, ((2, "Ping"), (7, "Pong"))) for i in range(1, 15)))

counts = {"Fizz": 0, "Buzz": 0, "FizzBuzz": 0, "number": 0}
for i in range(1, 101):
    r = fizzbuzz(i)
    counts[r if not r.isdigit() else "number"] += 1
print(counts)

i = 0
while True:
    i += 1
    if i > 20:
        break
    if i % 3 and i % 5:
        continue
    print(i, end=",")
print()
print(*map(lambda n: {0: "FizzBuzz", 3: "Fizz", 5: "Buzz", 6: "Fizz", 9: "Fizz", 10: "Buzz", 12: "Fizz"}.get(n % 15, n), range(1, 16)))
