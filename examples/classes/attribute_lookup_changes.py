# Attribute loads on instances: instance attributes, a property added to the class later,
# then removed, __getattr__ as fallback, __slots__, a class attribute appearing after a
# failed load, and a subclass with its own __getattribute__.
class A:
    def __init__(self): self.x = 1
    def __getattr__(self, n): return "fallback " + n
a = A()
for i in range(3):
    print(a.x, a.y)
    if i == 0:
        A.x = property(lambda self: "prop")
    if i == 1:
        del A.x
class B:
    __slots__ = ("v",)
b = B(); b.v = 3
print(b.v)
class C: pass
c = C(); c.z = 1
def get(o): return o.z
print(get(c))
c2 = C()
try:
    get(c2)
except AttributeError as e:
    print(e)
C.z = "class"
print(get(c2), get(c))
class D(C):
    def __getattribute__(self, n): return "custom"
print(get(D()))
