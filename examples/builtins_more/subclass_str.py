# Subclasses of str: __new__ to normalize the value, added methods, str
# methods returning plain str, __eq__/__hash__ overrides used by dicts.


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("bob")
print(n, repr(n), n.shout(), len(n), n + "x", n == "bob", isinstance(n, str), n.title())
print(type(n + "x").__name__, type(n.strip()).__name__, type(n[:]).__name__, type(str(n)).__name__)
print({n: 1}["bob"], "bo" in n, n[0], list(n), f"{n:>5}|", "%s|%r" % (n, n), n * 2, n < "cat")
print(type(f"{n}").__name__, type("".join([n])).__name__, type(n + "").__name__, type("" + n).__name__)
n.nickname = "B"
print(n.nickname, vars(n), sorted([Name("b"), "a", Name("c")]), ", ".join([n, n]))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = Upper("hello")
print(u, type(u).__name__, u.lower(), Upper("x") == "X", Upper("a") + Upper("b"))


class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)


p = Path("usr") / "lib" / "python"
print(p, type(p).__name__, p.split("/"), p.startswith("usr"), repr(p))


class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())


ci = CaseInsensitive("Hello")
print(ci == "hello", "HELLO" == ci, ci != "hELLo", ci != "bye", {ci: 1}.get(CaseInsensitive("HELLO")))
print(CaseInsensitive("a") in ["A"], ["x", "A"].index(CaseInsensitive("a")), ci)


class Tagged(str):
    def __str__(self):
        return "<" + self + ">"

    def __repr__(self):
        return "Tagged(" + super().__repr__() + ")"


t = Tagged("x")
print(t, str(t), repr(t), [t], f"{t}", format(t, ""), format(t, ">3"), "%s %r" % (t, t))
print(t.__str__(), str.__str__(t), type(str.__str__(t)).__name__, t.upper(), len(t))
print(Name(), repr(Name()), Name(42), Name(b"hi", "utf-8"), int(Name("12")), float(Name("1.5")))
try:
    Name(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
