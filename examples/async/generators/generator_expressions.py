# Generator expressions are lazy and can be consumed once.
squares = (n * n for n in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
words = ["async", "await", "task"]
print(", ".join(w.upper() for w in words if "a" in w))


def noisy(n):
    for i in range(n):
        print("  producing", i)
        yield i


lazy = (i * 10 for i in noisy(3))
print("nothing produced yet")
for v in lazy:
    print("consumed", v)
pairs = list((a, b) for a in range(2) for b in "xy")
print(pairs)
