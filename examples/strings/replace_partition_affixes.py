# replace (count, empty pattern), partition / rpartition, removeprefix / removesuffix
s = "one fish two fish red fish"
print(s.replace("fish", "cat"), "|", s.replace("fish", "cat", 1), "|", s.replace("fish", "cat", 0))
print(s.replace("fish", "cat", -1) == s.replace("fish", "cat"), s.replace("x", "y") == s)
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"), "abc".replace("", "-"),
      "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("日本語".replace("", "|"), "日本語".replace("本", "ほん"), "éé".replace("é", "e", 1))
print("a.b.c".replace(".", ""), "tab\there".replace("\t", "    "), "x".replace("x", "xx", 5))
print("a,b,c".partition(","), "a,b,c".rpartition(","), "abc".partition("x"), "abc".rpartition("x"))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("日本語".partition("本"), "::x::".partition("::"), "::x::".rpartition("::"))
name, sep, ext = "archive.tar.gz".rpartition(".")
print(name, sep, ext)
print("test_case".removeprefix("test_"), "test_case".removeprefix("case"),
      "report.csv".removesuffix(".csv"), "report.csv".removesuffix(".txt"),
      "aaa".removeprefix("a"), "aaa".removesuffix("aa"), "x".removeprefix(""), "x".removesuffix("x"))
print("日本語".removeprefix("日"), "日本語".removesuffix("本語"))
for bad in [lambda: s.replace("a"), lambda: s.replace(1, "a"), lambda: s.replace("a", 2),
            lambda: s.replace("a", "b", "c"), lambda: s.replace("a", "b", 1.0),
            lambda: s.replace(old="a", new="b"), lambda: s.partition(""),
            lambda: s.rpartition(""), lambda: s.partition(1), lambda: s.partition(),
            lambda: s.removeprefix(1), lambda: s.removesuffix(None), lambda: s.removeprefix()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
template = "Dear NAME, your order NUM ships DAY."
for k, v in {"NAME": "Ann", "NUM": "#42", "DAY": "Monday"}.items():
    template = template.replace(k, v)
print(template)
