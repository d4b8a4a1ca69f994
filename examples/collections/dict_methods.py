# get, keys, values, items, pop, popitem, setdefault, update, copy, clear, fromkeys
stock = {"apples": 5, "pears": 0, "plums": 12}
print(stock.get("apples"), stock.get("kiwis"), stock.get("kiwis", 0))
print(list(stock.keys()), list(stock.values()), list(stock.items()))
print(stock.pop("pears"), stock.pop("kiwis", "no kiwis"))
print(stock)
try:
    stock.pop("kiwis")
except KeyError as e:
    print("KeyError:", e)
stock["figs"] = 3
print(stock.popitem(), stock)       # removes the last inserted pair
print(stock.setdefault("apples", 100), stock.setdefault("limes", 7), stock)
stock.update({"apples": 1, "dates": 9})
stock.update(cherries=4)
stock.update([("elder", 2)])
print(stock)
snapshot = stock.copy()
stock.clear()
print(stock, snapshot)
print(dict.fromkeys(["a", "b", "c"]), dict.fromkeys("xy", 0))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)               # the same list is shared by every key
print(shared)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print({**snapshot, "apples": 0} == snapshot | {"apples": 0})
