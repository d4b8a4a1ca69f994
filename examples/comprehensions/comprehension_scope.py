# Comprehension variables are local to the comprehension
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)

i = 100
evens = {i for i in range(5) if i % 2 == 0}
print(evens, i)

factor = 3
print([n * factor for n in range(4)])     # reads an enclosing name

def scaled(values, k):
    return [v * k for v in values]

print(scaled([1, 2, 3], 10))
print([[i for i in range(j)] for j in range(4)])
gen_total = sum(n for n in range(5))       # generator expression argument
print(gen_total, x, i)
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
try:
    print(n)
except NameError as e:
    print("NameError:", e)
