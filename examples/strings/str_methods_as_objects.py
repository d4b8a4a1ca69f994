# str methods as first-class objects: unbound calls, keys, map, and dunder methods by name
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold, reverse=True))
print(list(map(str.title, ["ada lovelace", "alan turing"])), list(map(str.strip, [" a ", "\tb\n"])))
print(str.upper("unbound"), str.split("a b c"), str.replace("aXbX", "X", "-"), str.count("aaa", "a"))
up = "bound".upper
print(up(), up.__name__, str.upper.__name__, repr(str.upper))
fmt = "{}={}".format
print([fmt(k, v) for k, v in [("a", 1), ("b", 2)]])
s = "hello"
print(s.__len__(), s.__contains__("ell"), s.__getitem__(1), s.__getitem__(slice(1, 4)))
print(s.__add__(" world"), s.__mul__(2), s.__rmul__(3), "%s-%d".__mod__(("x", 5)))
print(s.__eq__("hello"), s.__ne__("hello"), s.__lt__("help"), s.__ge__("hello"), s.__gt__("z"))
print(s.__eq__(5), s.__lt__(5), "x".__rmod__(3), s.__hash__() == hash("hello"))
print(s.__str__(), s.__repr__(), s.__format__(">8"), s.__format__(""), s.__getnewargs__())
print(list(s.__iter__()), "".join(reversed(s)), max(s), min(s), sorted(s))
print("%-6s|%6s|" % ("ab", "cd"), "%(x)s%(x)s" % {"x": "ha"}, "%c%c" % ("o", 107))
for bad in [lambda: s.__add__(1), lambda: s.__mul__("2"), lambda: s.__len__(1),
            lambda: s.__getitem__(10), lambda: s.__getitem__("a"), lambda: s.__contains__(1),
            lambda: s.__format__(1), lambda: s.__format__("d"),
            lambda: str.upper(), lambda: s.upper(1)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(hasattr("x", "format_map"), hasattr("x", "maketrans"), callable(str.maketrans))
print(len([m for m in dir(str) if not m.startswith("_")]))
