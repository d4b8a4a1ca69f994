# Comparison chains, ==, !=, is / is not, in / not in
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0, 1 != 2, "a" < "b" < "c")
print(3 > 2 > 1, 3 > 2 == 2)

def val(n):
    print("  val", n)
    return n

print("chain:", val(1) < val(2) < val(0) < val(3))

a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, True is not False)

print(2 in a, 5 in a, 5 not in a)
print("ell" in "hello", "z" not in "hello")
print("k" in {"k": 1}, 1 in {"k": 1})
print(3 in range(10), 10 in range(10))
print((1, 2) in [(1, 2), (3, 4)])
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "apple" < "apricot")
print(1 < 2.5 < 3, -1 < 0 == False)
