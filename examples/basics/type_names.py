# type(x), type(x).__name__ and isinstance
values = [42, 3.14, True, None, "s", [1], (1,), {"a": 1}, {1}, range(3),
          frozenset({1}), 10 ** 30, len, print]
for v in values:
    print(type(v).__name__)

print(type(3))
print(type("x") is str, type(True) is bool, type(True) is int)
print(isinstance(True, int), isinstance(3, (str, float)), isinstance(3.0, (str, float)))
print(isinstance([], list), isinstance((), list), isinstance({}, dict))

def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    return "other:" + type(x).__name__

for v in [1, 2.0, False, "a", [], None]:
    print(repr(v), kind(v))
print(type(type(1)).__name__)
