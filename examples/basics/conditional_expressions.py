# x if cond else y
def sign(n):
    return "positive" if n > 0 else "zero" if n == 0 else "negative"

for n in [5, 0, -3]:
    print(n, sign(n))

def describe(items):
    return f"{len(items)} item{'s' if len(items) != 1 else ''}"

print(describe([]), describe([1]), describe([1, 2]))

age = 20
status = "adult" if age >= 18 else "minor"
print(status)

x = 7
print("even" if x % 2 == 0 else "odd")
parity = [("e" if i % 2 == 0 else "o") for i in range(6)]
print(parity)
print((lambda v: v if v >= 0 else -v)(-9))
print(max(3, 8) if True else None)
