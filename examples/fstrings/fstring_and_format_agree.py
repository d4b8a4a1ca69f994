# f-strings and str.format render the same specs the same way
value, width, prec = 1234.56789, 14, 3
print(f"[{value:{width}.{prec}f}]", "[{:{}.{}f}]".format(value, width, prec))
print(f"[{value:>{width},.2f}]", "[{:>{},.2f}]".format(value, width))
name = "Zoë"
for spec in ["<8", ">8", "^8", "*^9", ".2", "8.1", ""]:
    print(repr(f"{name:{spec}}"), repr("{:{}}".format(name, spec)), repr(format(name, spec)))
n = 255
for spec in ["d", "x", "#X", "o", "#b", "08d", "+d", ",", "_b", "c", "^9", "=+8"]:
    assert f"{n:{spec}}" == "{:{}}".format(n, spec) == format(n, spec)
    print(spec, f"{n:{spec}}")
x = -0.5
for spec in ["e", ".3g", "%", "+.1f", "08.2f", "z.0f", " .2f"]:
    assert f"{x:{spec}}" == "{0:{1}}".format(x, spec)
    print(spec, f"{x:{spec}}")
items = {"apple": 3, "kiwi": 12}
for k, v in items.items():
    print(f"{k!r:>10} {v:03}", "{!r:>10} {:03}".format(k, v))
print(f"{'nested':{'*'}^{12}}", "{:{}^{}}".format("nested", "*", 12))
print(f"{3.0!s:>6}{'a'!a}", "{!s:>6}{!a}".format(3.0, "a"))
print(f"{{literal}} {n}", "{{literal}} {}".format(n))
