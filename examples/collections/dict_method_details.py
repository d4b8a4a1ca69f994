# dict methods in depth: defaults, grouping with setdefault, update from
# several sources, fromkeys, LIFO popitem, views and their mapping.
stock = {"apple": 3, "pear": 0}
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", -1))
print(stock.pop("pear"), stock.pop("kiwi", "none"), stock)

groups = {}
for word in ["ant", "bee", "asp", "cat", "bat", "ape"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(groups.setdefault("z"), groups)

settings = {"theme": "dark"}
settings.update({"size": 12})
settings.update([("lang", "en"), ("size", 14)])
settings.update(theme="light", debug=True)
settings.update()
print(settings)

keys = dict.fromkeys("abc")
zeros = dict.fromkeys(range(3), 0)
print(keys, zeros, dict.fromkeys([]))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)

lifo = {1: "one", 2: "two", 3: "three"}
print(lifo.popitem(), lifo.popitem(), lifo)
lifo[4] = "four"
print(lifo.popitem(), lifo)

d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(k, v, it)
print(repr(k.mapping), k.mapping["b"], len(v.mapping), v.mapping is not d)
print(k.isdisjoint(["x", "y"]), k.isdisjoint({"b"}), it.isdisjoint([("b", 2)]))
print(list(reversed(d)), list(reversed(v)), list(reversed(it)))

clone = d.copy()
clone["b"] = 20
d.clear()
print(d, clone)

# The special methods by name.
print(clone.__getitem__("c"), clone.__contains__("b"), clone.__len__())
clone.__setitem__("e", 5)
clone.__delitem__("b")
print(clone, clone.__eq__({"c": 3, "d": 4, "e": 5}), clone.__eq__(1))
print(list(clone.__iter__()), list(clone.__reversed__()))

for action in ["missing", "empty"]:
    try:
        if action == "missing":
            clone.pop("nope")
        else:
            {}.popitem()
    except KeyError as e:
        print("KeyError:", e)
