# nonlocal finds the nearest enclosing function scope that binds the name
def level1():
    x = "level1"
    def level2():
        x = "level2"
        def level3():
            nonlocal x          # binds level2's x
            x = "set by level3"
        level3()
        return x
    inner = level2()
    return x, inner

print(level1())

def outer():
    total = 0
    def middle():
        def inner():
            nonlocal total      # skips middle, which has no 'total'
            total += 5
        inner()
        inner()
    middle()
    return total

print(outer())

x = "global"
def f():
    x = "enclosing"
    def g():
        global x
        x = "set by g"
    g()
    return x

print(f(), x)

def scopes():
    a = 1
    def show():
        return a, len("abc")    # enclosing name and builtin name
    return show()

print(scopes())
