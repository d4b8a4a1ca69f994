# TypeErrors raised when a call does not match the signature
def f(a, b):
    return a + b

def g(a, b=2, *, c):
    return a + b + c

def h():
    return 0

def show(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

show(lambda: f(1))
show(lambda: f())
show(lambda: f(1, 2, 3))
show(lambda: f(1, 2, z=3))
show(lambda: f(1, a=1))
show(lambda: g(1))
show(lambda: g(1, 2, 3))
show(lambda: g())
show(lambda: h(1))
show(lambda: h(x=1))
show(lambda: len())
show(lambda: len([], []))
show(lambda: int("1", "2", "3"))
print(f(1, 2), g(1, c=3))
