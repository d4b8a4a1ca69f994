def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)
for v in [10, 20, 30, 5]:
    print(f"sent {v:>2}, average now {avg.send(v):.2f}")


def echo():
    received = None
    while True:
        received = yield f"echo: {received}"
        if received == "stop":
            return


e = echo()
print(next(e))
print(e.send("hi"))
print(e.send(42))
try:
    e.send("stop")
except StopIteration:
    print("generator finished")


def accumulator():
    items = []
    try:
        while True:
            item = yield len(items)
            items.append(item)
    finally:
        print("closing with", items)


acc = accumulator()
next(acc)
acc.send("a")
acc.send("b")
acc.close()


def countdown(n):
    while n > 0:
        reset = yield n
        if reset is not None:
            n = reset
        else:
            n -= 1


c = countdown(3)
print(next(c), next(c), c.send(10), next(c), next(c))


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as err:
        yield f"caught {err}"


g = guarded()
print(next(g), g.throw(ValueError("bad")))
print(list(g))
