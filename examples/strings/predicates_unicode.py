# is*() predicates over ASCII and Unicode: digits vs decimals vs numerics, identifiers, printables
samples = ["123", "١٢٣", "²³", "½", "Ⅻ", "一二三", "12.5", "-1", "", " ", "abc", "Ωμέγα",
           "abc123", "ǅ", "ʰ", "日本", "a b", "\t\n", "\u3000\xa0", "\u200b", "A_1", "_x", "1x",
           "ℌ", "x·y", "café", "\x7f", "\xad", "é\u0301", "𝟘𝟙", "🐍"]
names = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace",
         "isidentifier", "isprintable", "isascii"]
for s in samples:
    flags = "".join("1" if getattr(s, n)() else "." for n in names)
    print(flags, repr(s))
cases = ["Hello World", "Hello world", "HELLO", "hello", "Hello", "ǅungla", "ǈj", "A1 B2",
         "1A", "", "123", "ΑΒΓ", "αβγ", "Ǆ", "Ab Cd'Ef", "ß", "ﬁ", "ᾈ", "ʰ"]
for s in cases:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
for bad in [lambda: "x".isdigit(1), lambda: "x".isupper(None), lambda: "x".isascii(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print([c for c in "a1_ -Z9\t" if c.isalnum()], [c for c in "a1_ -Z9\t" if c.isspace()])
print(sum(1 for c in "The year 2024 has 366 days" if c.isdigit()))
print("release-1.2".replace("-", "_").replace(".", "_").isidentifier(), "if".isidentifier())
