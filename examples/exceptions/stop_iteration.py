# next() raises StopIteration when an iterator is exhausted
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration caught, args:", e.args, "repr:", repr(e))
print(next(it, "default"))
print(next(iter(""), None))
letters = iter("ab")
while True:
    try:
        ch = next(letters)
    except StopIteration:
        print("done")
        break
    print("letter", ch)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
