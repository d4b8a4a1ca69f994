# Creating instances: __init__ with super(), keywords, a non-None return (TypeError),
# an exception raised from nested constructors, unbounded recursion, and a generator making objects.
class A:
    def __init__(self, x):
        self.x = x
class B(A):
    def __init__(self, x, y=2):
        super().__init__(x)
        self.y = y
print(B(1).x, B(1, y=5).y, [A(i).x for i in range(3)])
class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as e:
    print("TypeError", e)
class E:
    def __init__(self, n):
        if n == 0:
            raise ValueError("zero")
        self.child = E(n - 1)
try:
    E(3)
except ValueError as e:
    print("caught", e)
class Deep:
    def __init__(self, n):
        self.next = Deep(n + 1)
try:
    Deep(0)
except RecursionError as e:
    print("recursion", e)
class G:
    def __init__(self):
        pass
    def __del__(self):
        print("del G")
g = G()
del g
class K:
    def __init__(self, *, a, **kw):
        print(a, kw)
K(a=1, b=2)
try:
    K(1)
except TypeError as e:
    print(e)
def gen():
    yield A(10).x
print(list(gen()))
E(0)
