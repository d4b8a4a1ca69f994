# split / rsplit / splitlines: whitespace rules, maxsplit, separators and errors
samples = ["  a  b\tc\n d  ", "", "   ", "one", "a\u3000b\xa0c\x85d\x1fe\u2028f", "x\u200by"]
for s in samples:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1))
print("  lead and trail  ".split(maxsplit=0), "  lead and trail  ".rsplit(maxsplit=0))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2))
print("a--b--c".split("--", 1), "a--b--c".rsplit("--", 1), "a--b--c".split("--", -1))
print("aaaa".split("aa"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("nothing".split("x"), "".split("x"), "x".split("x"))
print("日本語の本です".split("本"), "日本語の本です".rsplit("本", 1), "日 本 語".split())
print("k=v=w".split("=", maxsplit=1), "k=v=w".rsplit(sep="=", maxsplit=1))
text = "l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("end\n".splitlines(), "end\n".splitlines(True), "\n\n".splitlines(), "".splitlines())
print("a\r\n\r\nb".splitlines(), "a\n\rb".splitlines(True), "tab\tis\tnot\ta\tbreak".splitlines())
for bad in [lambda: "x".split(""), lambda: "x".rsplit(""), lambda: "x".split(1),
            lambda: "x".split(",", "2"), lambda: "x".split(sep=",", limit=1),
            lambda: "x".split(",", 1, 2), lambda: "x".splitlines(1, 2),
            lambda: "x".splitlines(keepends="yes"), lambda: "x".split(maxsplit=1.5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
rows = "name,qty\napple,3\npear,10\n"
total = 0
for line in rows.splitlines()[1:]:
    name, qty = line.split(",")
    total += int(qty)
print("total", total)
