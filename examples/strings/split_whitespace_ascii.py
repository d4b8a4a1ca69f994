# split() with no separator on ASCII text: every ASCII whitespace
# character Python counts (\t \n \v \f \r, \x1c-\x1f, space), runs of
# them, maxsplit, and text with no whitespace at all.
samples = [
    "", " ", "a", " a ", "a b", "  a  b  ", "a\tb\nc\x0bd\x0ce\rf", "a\x1cb\x1dc\x1ed\x1fe",
    "one  two\t\tthree\n", "\x00a\x00 b", "x" * 50, " ".join(["w"] * 20),
]
for s in samples:
    print(repr(s), s.split(), s.rsplit())
for maxsplit in [-1, 0, 1, 2, 5]:
    print(maxsplit, "  a b  c d  ".split(None, maxsplit), "  a b  c d  ".rsplit(None, maxsplit))
    print(maxsplit, "a b".split(maxsplit=maxsplit), " \x1f a".split(maxsplit=maxsplit))
text = " ".join("ITEM{:x}".format(i * 7) for i in range(2000))
words = text.split()
print(len(words), words[:3], words[-1], sum(len(w) for w in words), text.count("ITEM"))
print("é à".split(), "a\u00a0b".split(), "a\u2003b c".split())
