# A generator's return value travels in StopIteration.value.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


gen = countdown(3)
while True:
    try:
        print(next(gen))
    except StopIteration as e:
        print("returned:", e.value)
        break

print(list(countdown(2)))


def nothing():
    return None
    yield


try:
    next(nothing())
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
