# Closures capture variables, not values: the classic late-binding surprise
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])            # [2, 2, 2]

fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])            # [0, 1, 2]

def make_multipliers():
    result = []
    for n in range(1, 4):
        result.append(lambda x: x * n)
    return result

print([m(10) for m in make_multipliers()])

def make_multipliers_fixed():
    def make(n):
        return lambda x: x * n
    return [make(n) for n in range(1, 4)]

print([m(10) for m in make_multipliers_fixed()])

callbacks = []
for name in ["a", "b", "c"]:
    callbacks.append(lambda: "hello " + name)
print([cb() for cb in callbacks])
name = "changed"
print([cb() for cb in callbacks])
print(fixed[1](), fixed[1](99))
