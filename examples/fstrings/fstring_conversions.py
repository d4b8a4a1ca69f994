# !r, !s and !a conversions in f-strings
text = "café"
quote = "it's"
values = [1, "two", 3.0]
print(f"{text}|{text!s}|{text!r}|{text!a}")
print(f"{quote!r} {values!r} {values!s}")
print(f"{None!r} {True!s} {42!a} {3.5!r}")
print(f"{text!r:>10}|{text!a:<14}|")
tab = "tab\there"
print(f"{tab!r} {tab!s}")
print(f"{'日本'!a} {'plain'!a}")
d = {"k": "v"}
print(f"{d}", f"{d!r}", f"{d['k']!r}")
print(f"{'x' * 3!r}")
print("repr: {!r}, str: {!s}, ascii: {!a}".format(text, text, text))
