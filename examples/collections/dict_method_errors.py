# Wrong arguments to dict methods: CPython's exact messages.
def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

d = {"a": 1}
attempt("get()", lambda: d.get())
attempt("get(1, 2, 3)", lambda: d.get(1, 2, 3))
attempt("get(key='a')", lambda: d.get(key="a"))
attempt("get([])", lambda: d.get([]))
attempt("pop()", lambda: d.pop())
attempt("pop('zz')", lambda: d.pop("zz"))
attempt("{}.pop([], 0)", lambda: {}.pop([], 0))
attempt("popitem(1)", lambda: d.popitem(1))
attempt("setdefault()", lambda: d.setdefault())
attempt("setdefault(1, 2, 3)", lambda: d.setdefault(1, 2, 3))
attempt("update(1, 2)", lambda: d.update(1, 2))
attempt("update(5)", lambda: d.update(5))
attempt("update([1])", lambda: d.update([1]))
attempt("update(['abc'])", lambda: d.update(["abc"]))
attempt("keys(1)", lambda: d.keys(1))
attempt("copy(1)", lambda: d.copy(1))
attempt("fromkeys()", lambda: dict.fromkeys())
attempt("fromkeys(1, 2, 3)", lambda: dict.fromkeys(1, 2, 3))
attempt("fromkeys(5)", lambda: dict.fromkeys(5))
attempt("__setitem__(1)", lambda: d.__setitem__(1))
attempt("__delitem__('q')", lambda: d.__delitem__("q"))
attempt("__getitem__('q')", lambda: d.__getitem__("q"))
attempt("keys().isdisjoint()", lambda: d.keys().isdisjoint())
attempt("values().isdisjoint", lambda: d.values().isdisjoint)
print(d)
