# lambda: small anonymous functions
double = lambda x: x * 2
add = lambda a, b=10: a + b
print(double(21), add(1), add(1, 2))
print((lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(filter(lambda n: n % 2, range(10))))
print(list(map(lambda s: s[::-1], ["abc", "xyz"])))
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
ops = [lambda x: x + 1, lambda x: x * 10, lambda x: x ** 2]
value = 3
for op in ops:
    value = op(value)
print(value)
print((lambda x: "even" if x % 2 == 0 else "odd")(7))
print(max(["apple", "fig", "banana"], key=lambda w: len(w)))
