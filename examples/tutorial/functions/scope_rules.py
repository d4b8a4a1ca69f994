x = "global"


def show():
    print("inside show:", x)


def shadow():
    x = "local"
    print("inside shadow:", x)


def modify_global():
    global x
    x = "modified"


show()
shadow()
print("after shadow:", x)
modify_global()
print("after modify:", x)


def outer():
    y = 1

    def middle():
        y = 2

        def inner():
            nonlocal y
            y += 10
            return y

        r = inner()
        return r, y

    res = middle()
    return res, y


print(outer())

total = 0
for i in range(3):
    total += i
print("loop var leaks:", i, total)

squares = [n * n for n in range(3)]
try:
    print(n)
except NameError as e:
    print("NameError:", e)


def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls


counter()
counter()
print("calls:", counter())


def f(a, L=[]):
    L.append(a)
    return L


print(f(1), f(2), f(3, []))
print(sorted(k for k in globals() if not k.startswith("__"))[:5])


def uses_builtin():
    len = lambda s: 42
    return len("abc")


print(uses_builtin(), len("abc"))
