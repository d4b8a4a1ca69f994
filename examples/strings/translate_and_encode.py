# str.maketrans / str.translate tables, and str.encode to bytes
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc-abc".translate(table))
strip_vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(strip_vowels))
both = str.maketrans("lo", "01", "!")
print("hello world!!".translate(both), sorted(both.items()))
mapping = str.maketrans({"a": "4", "e": None, ord("s"): "$$", "t": 7})
print(sorted(mapping.items()), "a test sentence".translate(mapping))
print("abc".translate({97: "A", 98: None, 99: 0x263A}), "日本".translate({ord("日"): "sun-"}))
print("unchanged".translate({}), "abc".translate(["x"] * 98 + [None]))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
secret = "Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))
for bad in [lambda: str.maketrans(), lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"),
            lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: "x"}),
            lambda: str.maketrans("a", 1), lambda: str.maketrans(1, "a"),
            lambda: str.maketrans("a", "b", 3), lambda: "x".translate({120: 1.5}),
            lambda: "x".translate({120: -1}), lambda: "x".translate(5), lambda: "x".translate()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("héllo €".encode(), "héllo €".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"))
print(len("日本".encode()), "日本".encode("UTF-8"), len("é".encode()))
print("naïve café".encode("ascii", "ignore"), "naïve café".encode("ascii", "replace"))
print("x€y".encode("ascii", "xmlcharrefreplace"), "x€é🐍".encode("ascii", "backslashreplace"))
print("ok".encode(encoding="ascii", errors="strict"), type("x".encode()).__name__)
for bad in [lambda: "aé€😀b".encode("ascii"), lambda: "é".encode("ascii"),
            lambda: "a€".encode("latin-1"), lambda: "x".encode("no-such-codec"),
            lambda: "x".encode(1), lambda: "x".encode("utf-8", 2)]:
    try:
        print(bad())
    except (UnicodeEncodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
