# find / rfind / index / rindex / count / startswith / endswith with start and end
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", -4), s.find("bra", 2, 10), s.find("bra", 2, 11))
print(s.rfind("a"), s.rfind("a", 0, -1), s.rfind("abra", 1), s.rfind("z"), s.rfind("a", 20))
print(s.index("cad"), s.rindex("bra"), s.count("a"), s.count("abra"), s.count("a", 3, 8))
print(s.find(""), s.find("", 11), s.find("", 12), s.rfind(""), s.rfind("", 0, 5))
print(s.count(""), s.count("", 3), s.count("", 20), "".count(""), "".find(""))
print(s.find("a", None, None), s.find("a", True), s.count("a", -100, 100))
u = "日本語のテキスト、日本語"
print(u.find("日本"), u.rfind("日本"), u.find("テ"), u.index("語", 3), u.count("日本語"))
print(u.find("キ", 5, 7), u.find("キ", 7), u.rfind("語", 0, 3), len(u))
print("ñandú".find("d"), "ñandú".rfind("ú"), "ñandú".count("n"), "ñandú"[4])
print(s.startswith("abra"), s.startswith("cad", 4), s.startswith("cad", 4, 6),
      s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(("x", "ra")), s.startswith(()))
print(s.startswith(""), s.startswith("", 11), s.startswith("", 12), s.endswith("", -3))
print(u.startswith("本", 1), u.endswith("日本", 0, 11), u.endswith(("語",)), "".startswith(""))
print("file.tar.gz".endswith((".gz", ".zip")), "http://x".startswith(("https://", "http://")))
print(s.startswith(("zz", "abr")), s.startswith("a", -1), s.endswith("a", -1, -1))
for bad in [lambda: s.index("xyz"), lambda: s.rindex("xyz"), lambda: s.index("a", 20),
            lambda: s.find(1), lambda: s.count(None), lambda: s.find("a", "1"),
            lambda: s.find("a", 1.0), lambda: s.find(), lambda: s.find("a", 1, 2, 3),
            lambda: s.find(sub="a"), lambda: s.startswith(1), lambda: s.startswith(("a", 1)),
            lambda: s.startswith((1, "a")), lambda: s.endswith(["a"]), lambda: s.startswith()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
text = "the cat sat on the mat with the hat"
positions = []
start = text.find("the")
while start != -1:
    positions.append(start)
    start = text.find("the", start + 1)
print(positions, text.count("at"), text.rindex("the"))
