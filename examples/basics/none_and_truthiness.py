# None, bool() truthiness and comparisons with None
result = None
print(result)
print(repr(None), str(None))
print(result is None, result is not None)
print(type(None).__name__)

def nothing():
    pass

print(nothing())
print(nothing() is None)

values = [0, 1, -1, 0.0, 2.5, "", "a", " ", [], [0], (), (None,), {}, {"k": 0},
          set(), None, True, False, range(0), range(3)]
for v in values:
    print(repr(v), "->", bool(v))

if not []:
    print("empty list is falsy")
if "0":
    print("the string '0' is truthy")
