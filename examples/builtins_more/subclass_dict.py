# Subclasses of dict: super().__init__, added methods, overridden
# __getitem__/__setitem__/__contains__, __missing__, attributes on instances.


class Inventory(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lookups = 0

    def __getitem__(self, key):
        self.lookups += 1
        return super().__getitem__(key)

    def total(self):
        return sum(self.values())


inv = Inventory(apples=3, pears=2)
inv["plums"] = 5
print(inv, len(inv), inv["apples"], inv.lookups, inv.total())
print(isinstance(inv, dict), type(inv).__name__, type(inv) is dict)
print(sorted(inv), list(inv.items()), "pears" in inv, inv.get("pears"), inv.lookups)
print(repr(inv), str(inv), f"{inv}", [inv], {"nested": inv})
print(inv == {"apples": 3, "pears": 2, "plums": 5}, dict(inv), {**inv}, inv.copy())
print(type(inv.copy()).__name__, type(inv | {"x": 1}).__name__)
inv.owner = "shop"
print(inv.owner, inv.__dict__, vars(inv))
print(dict.__getitem__(inv, "plums"), inv.lookups)


class WordCount(dict):
    def __missing__(self, key):
        return 0

    def add(self, word):
        self[word] += 1


counts = WordCount()
for word in "the cat and the hat and the end".split():
    counts.add(word)
print(counts, counts["zebra"], "zebra" in counts, counts.get("zebra"))
print(dict.__getitem__(counts, "unknown"), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


class Shouting(dict):
    def __missing__(self, key):
        return key.upper()


sh = Shouting(a="x")
print(sh["a"], sh["b"], sh.get("b"), sh.setdefault("c", "z"), sh)
try:
    dict()["missing"]
except KeyError as e:
    print("KeyError", e)


class Registry(dict):
    def __setitem__(self, key, value):
        print("  set", key)
        super().__setitem__(key, value.upper())

    def __delitem__(self, key):
        print("  del", key)
        super().__delitem__(key)

    def __contains__(self, key):
        return super().__contains__(key.lower())


r = Registry()
r["a"] = "x"
r.update(b="y")  # dict.update does not call an overridden __setitem__
r.setdefault("c", "z")
print(r, "A" in r, "Q" in r)
del r["a"]
print(r, r.pop("b"), r)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


config = AttrDict(debug=True)
config.level = 3
print(config, config.debug, config.level, config.__dict__)
try:
    config.missing
except AttributeError as e:
    print("AttributeError:", e)


class Defaults(dict):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = cls.__name__.lower()


class Settings(Defaults):
    pass


print(Settings.kind, Settings(a=1), Settings.fromkeys("ab", 0), type(Settings.fromkeys("ab")).__name__)
print(Settings.__mro__, Settings.__bases__, issubclass(Settings, dict))
for bad in [lambda: Inventory(1, 2), lambda: hash(Settings()), lambda: {Settings(): 1}]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
