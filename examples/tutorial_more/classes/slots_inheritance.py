# __slots__ with inheritance: a subclass without __slots__ gets a __dict__
# again; one with __slots__ adds only its own names.
class Base:
    __slots__ = ("a",)


class WithDict(Base):
    pass


class MoreSlots(Base):
    __slots__ = ["b", "c"]


class Flexible:
    __slots__ = ("x", "__dict__")


w = WithDict()
w.a = 1
w.extra = 2
print(w.a, w.__dict__)

m = MoreSlots()
m.a, m.b, m.c = 1, 2, 3
print(m.a, m.b, m.c, hasattr(m, "__dict__"))
try:
    m.d = 4
except AttributeError as e:
    print("AttributeError:", e)

f = Flexible()
f.x = 10
f.y = 20
print(f.x, f.__dict__)

del m.b
try:
    m.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    del m.b
except AttributeError as e:
    print("AttributeError:", e)

print(type(Base.a).__name__, MoreSlots.__slots__, sorted(k for k in vars(MoreSlots) if not k.startswith("__")))


class Single:
    __slots__ = "only"


s = Single()
s.only = "yes"
print(s.only, Single.__slots__)

try:
    class Clash:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class BadItem:
        __slots__ = ("ok", 3)
except TypeError as e:
    print("TypeError:", e)

try:
    vars(m)
except TypeError as e:
    print("TypeError:", e)


class Private:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


print(Private().reveal(), "_Private__secret" in vars(Private))
