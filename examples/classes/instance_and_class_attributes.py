# Instance attributes beside class attributes of the same name: plain
# defaults, methods, properties and descriptors, read and written in loops
# (the interpreter caches where an attribute lives; every case must still
# follow Python's rules).
class Counter:
    count = 0          # a class-level default
    label = "counter"

    def bump(self):
        self.count += 1          # reads the class default first, then its own
        return self.count

    def label_it(self, text):
        self.label = text


a, b = Counter(), Counter()
for _ in range(3):
    a.bump()
print(a.count, b.count, Counter.count, a.__dict__, b.__dict__)
Counter.count = 10
print(a.count, b.count, b.bump(), Counter.count)
del a.count
print(a.count, a.__dict__)

a.label_it("first")
print(a.label, b.label)


class Shadow:
    def greet(self):
        return "method"

s = Shadow()
print(s.greet())
s.greet = lambda: "instance attribute"
print(s.greet())
del s.greet
print(s.greet())


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    @property
    def fahrenheit(self):
        return self.degrees * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.degrees = (value - 32) * 5 / 9


c = Celsius(100)
for f in (32, 212, 98.6):
    c.fahrenheit = f
    print(round(c.degrees, 2), c.fahrenheit, c.__dict__)
try:
    c.__dict__["fahrenheit"] = "ignored"
    print(c.fahrenheit)
except Exception as e:
    print(type(e).__name__, e)


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)


class Order:
    quantity = Positive()

    def __init__(self, quantity):
        self.quantity = quantity


orders = [Order(n) for n in (1, 2, 3)]
print([o.quantity for o in orders], [o.__dict__ for o in orders])
try:
    orders[0].quantity = -5
except ValueError as e:
    print("ValueError:", e)


class Plain:
    pass

class Later:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

Plain.tag = Later()
p = Plain()
for i in range(2):
    p.tag = f"own {i}"
    print(p.tag)
Later.__set__ = lambda self, obj, value: print("descriptor set", value)
p.tag = "after"
print(p.tag)


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        return f"<no {name}>"

log = Logged()
for v in range(2):
    log.x = v
print(log.x, log.y)


class Slotted:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

print([Slotted(i).x for i in range(3)])
try:
    Slotted(1).y = 2
except AttributeError as e:
    print("AttributeError:", e)
