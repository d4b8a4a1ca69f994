# isinstance with single types and tuples; type() comparisons
values = [1, 2.0, "3", [4], (5,), {6: 6}, {7}, None, True, range(8)]
for v in values:
    kinds = []
    if isinstance(v, (int, float)):
        kinds.append("number")
    if isinstance(v, (list, tuple, range)):
        kinds.append("sequence")
    if isinstance(v, str):
        kinds.append("string")
    if isinstance(v, (dict, set)):
        kinds.append("container")
    print(f"{v!r:>10} {type(v).__name__:>8} {kinds}")
print(isinstance(True, bool), isinstance(True, int), type(True) == int)
print(isinstance(3, object), isinstance(None, object), isinstance(None, type(None)))
print(type(1) == type(2), type(1) is int, type("") is not str)
print(type([]) == list, type(()) in (list, tuple))
print(isinstance(int, type), type(int).__name__, type(len).__name__)
try:
    isinstance(3, "int")
except TypeError as e:
    print("TypeError:", e)
