# split() and subgroup() by type, tuple of types or predicate; the parts
# keep the original nesting, and a full match returns the group itself.
eg = ExceptionGroup("root", [
    ValueError(1),
    ExceptionGroup("branch", [TypeError(2), ValueError(3)]),
    KeyError(4),
])

match, rest = eg.split(ValueError)
print("split ValueError:", repr(match), "|", repr(rest))
print("subgroup (TypeError, KeyError):", repr(eg.subgroup((TypeError, KeyError))))
print("subgroup OSError:", eg.subgroup(OSError))
print("full match is the same object:", eg.subgroup(Exception) is eg)
match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print("predicate:", repr(match), "|", repr(rest))
print("predicate sees groups too:", repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "branch")))
try:
    eg.split("ValueError")
except TypeError as e:
    print("TypeError:", e)
print("derive keeps the message:", repr(eg.derive([OSError()])))
