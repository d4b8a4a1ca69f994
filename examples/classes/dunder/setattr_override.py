# __setattr__ intercepts every attribute assignment, even in __init__.
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only ({name})")


p = Frozen(1, 2)
print(p.x, p.y)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)


class Recorder:
    def __init__(self):
        self.changes = []

    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append(name)
        print(f"set {name} = {value!r}")
        super().__setattr__(name, value)


r = Recorder()
r.a = 1
r.b = "two"
r.a = 3
print(r.changes, r.a, r.b)
setattr(r, "c", None)
print(sorted(vars(r)))
