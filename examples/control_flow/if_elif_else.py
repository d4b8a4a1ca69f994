# if / elif / else chains
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

for s in [95, 85, 75, 50, 90, 89.99]:
    print(s, grade(s))

def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 16)))

x = 0
if x:
    print("truthy")
elif x == 0:
    print("zero")
if []:
    print("never")
else:
    print("empty list is falsy")
if x < 5:
    if x < 1:
        print("nested: below one")
    else:
        print("nested: one to four")
if 1 < 2: print("one-line if body")
