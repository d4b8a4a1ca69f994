# Functions and builtins are objects: names, passing, storing, returning
def square(x):
    return x * x

def cube(x):
    return x ** 3

def apply_all(funcs, value):
    return [f(value) for f in funcs]

print(square.__name__, cube.__name__, len.__name__, print.__name__)
print(apply_all([square, cube, abs, str], -3))
alias = square
print(alias(7), alias.__name__, alias is square)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "max": max}
for symbol, fn in ops.items():
    print(symbol, fn(10, 4), fn.__name__)

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

sq_then_neg = compose(lambda v: -v, square)
print(sq_then_neg(5), sq_then_neg.__name__)
print(list(map(str.upper, ["a", "b"])), str.upper.__name__)
print(callable(square), callable(len), callable(42), callable("str"))
print(type(square).__name__, type(len).__name__, type(lambda: 0).__name__)
print((lambda: 0).__name__)
handlers = [square, cube]
print([h.__name__ for h in handlers])
print(sorted([square, cube, abs], key=lambda f: f.__name__)[0].__name__)
