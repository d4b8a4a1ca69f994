# dict displays, insertion order, lookup, update, del, len, in
ages = {"Ann": 31, "Bob": 25}
ages["Cid"] = 40
ages["Ann"] = 32          # updating keeps the original position
print(ages)
print(ages["Bob"], len(ages), "Cid" in ages, "Dan" in ages, 31 in ages)
del ages["Bob"]
ages["Bob"] = 26          # re-inserted keys go to the end
print(ages)
print({}, dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]))
nested = {"name": "it's", "tags": ["a", "b"], "pos": (1, 2), "meta": {"ok": True, "n": None}}
print(nested)
print(repr(nested["name"]), nested["meta"]["ok"], nested["tags"][-1])
mixed_keys = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed_keys)
print(mixed_keys[1], mixed_keys[(1, 2)], mixed_keys[None])
print({1: "a", 1.0: "b"}, {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    ages["Zed"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {[1]: "list key"}
except TypeError as e:
    print("TypeError:", e)
squares = {}
for n in range(5):
    squares[n] = n * n
print(squares, list(squares))
