# Unpacking a list made on the spot (from split, a display, a call) and a
# list that other names still refer to: the shared one must keep its items.
line = "ada:36:london"
name, age, city = line.split(":")
print(name, age, city)

pair = [1, 2]
alias = pair
a, b = pair
print(a, b, pair, alias)

a, b = b, a
print(a, b)

def make():
    return ["x", "y", "z"]

first, second, third = make()
print(first, second, third)

rows = [r.split(",") for r in ["1,2", "3,4", "5,6"]]
for left, right in rows:
    print(int(left) + int(right), end=" ")
print()
print(rows)


class Pair(list):
    pass

p = Pair([7, 8])
x, y = p
print(x, y, p, type(p).__name__)

for bad in (["only"], ["a", "b", "c"]):
    try:
        u, v = bad
    except ValueError as e:
        print("ValueError:", e)
    print("still", bad)

try:
    u, v = "one two three".split()
except ValueError as e:
    print("ValueError:", e)

nested = [[1, 2], [3, 4]]
(p1, p2), (p3, p4) = nested
print(p1, p2, p3, p4, nested)


def gen_lists():
    for i in range(3):
        yield [i, i * i]

print([s + t for s, t in gen_lists()])
