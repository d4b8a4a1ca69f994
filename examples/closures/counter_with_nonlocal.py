# A closure keeps its enclosing variables alive; nonlocal rebinds them
def make_counter(start=0, step=1):
    count = start
    def next_value():
        nonlocal count
        count += step
        return count
    return next_value

c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1(), c2())    # each closure has its own cell

def make_accumulator():
    items = []
    def add(x):
        items.append(x)      # mutation: no nonlocal needed
        return list(items)
    return add

acc = make_accumulator()
acc("a")
print(acc("b"))

def broken_counter():
    count = 0
    def inc():
        count += 1           # no nonlocal: count is local to inc
        return count
    return inc

try:
    broken_counter()()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
