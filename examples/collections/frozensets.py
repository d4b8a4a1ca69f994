# frozenset: an immutable, hashable set
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs)
print(frozenset(), frozenset(range(3)))
print(fs | {4}, fs & {1, 9}, type(fs | {4}).__name__)
print({5} | fs, type({5} | fs).__name__)
print(fs == {1, 2, 3}, fs <= {1, 2, 3, 4})
groups = {frozenset({1, 2}): "pair", frozenset({3}): "single"}
print(groups[frozenset({2, 1})])
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
