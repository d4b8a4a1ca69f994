# When __del__ runs: at `del` of the last name, when a list drops the
# object, when a function returns, and for what globals hold at exit.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("destroy", self.name)


x = Tracked("x")
y = x
del x
print("x deleted, y still holds it")
del y
print("after del y")

items = [Tracked("a"), Tracked("b")]
items.pop(0)
print("popped a")
items.clear()
print("cleared list")


def make_and_drop():
    t = Tracked("local")
    return t.name


print("returned", make_and_drop())

d = {"k": Tracked("in dict")}
d["k"] = Tracked("replacement")
print("replaced")


class Pool:
    def __init__(self):
        self.members = [Tracked("member 1"), Tracked("member 2")]

    def __del__(self):
        print("pool closing with", len(self.members), "members")


pool = Pool()
pool = None
print("pool dropped")

_private = Tracked("underscore global")
last = Tracked("global at exit")
print("end of program")
