# Exceptions and early exits crossing generator frames that for loops and
# yield from resume, and deep generator recursion.

def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("gen finally", n)

def g2():
    yield from gen(3)
    raise ValueError("boom")

for _ in range(3):
    try:
        for x in g2():
            print(x)
    except ValueError as e:
        print("caught", e)

def rec(n):
    if n == 0:
        yield 0
        return
    yield from rec(n - 1)
    yield n

print(sum(rec(50)))

def deep():
    yield from deep()
try:
    next(deep())
except RecursionError as e:
    print("recursion", type(e).__name__)

it = gen(5)
for x in it:
    if x == 2:
        del it
        break
print("after break")

def selfref():
    g = yield
    print("got", type(g).__name__)
    yield g

s = selfref(); next(s); print(s.send(s) is s)
del s

class Boom:
    def __del__(self):
        print("del Boom")
x = Boom()
def gx():
    global x
    x = None
    yield 1
print(list(gx()))
src = "def f(n):\n    return n + base\n"
code = compile(src, "<s>", "exec")
ns1 = {"base": 1}; ns2 = {"base": 100}
exec(code, ns1); exec(code, ns2)
print([ns1["f"](1), ns2["f"](1), ns1["f"](2), ns2["f"](2)])
for i in range(3):
    x = i
print(x)
