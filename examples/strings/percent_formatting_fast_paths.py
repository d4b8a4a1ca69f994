# printf-style formatting with %: the plain conversions learners use most,
# padded numbers, every radix, negative values, mappings and star widths,
# and the errors CPython raises. Each template runs in a loop (the parsed
# template is reused) with changing values.
for h, m, s in [(9, 5, 3), (12, 30, 0), (0, 0, 59)]:
    print("%02d:%02d:%02d" % (h, m, s))

for n in (0, 7, -7, 255, -255, 123456789, -2**40):
    print("[%d] [%i] [%5d] [%05d] [%-6d] [%x] [%X] [%o] [%08x] [%+d] [% d] [%#x] [%.3d]"
          % (n, n, n, n, n, n, n, n, n, n, n, n, n))

class Name(str):
    def __str__(self):
        return "Name!"

for value in ("text", "", 42, -1, 3.5, None, True, [1, 2], Name("x"), ("a", "b")):
    print("%s|%r|%5s|%-5s|" % (value, value, value, value))

print("%d %i %x" % (True, False, True), "%d" % 3.99, "%d" % -3.99)
print("%s and %s" % ("cats", "dogs"), "100%% sure", "%c%c" % (72, "i"))
print("%(name)s is %(age)d (%(age)05d)" % {"name": "Ada", "age": 36})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%.2f %5.1f %e %g %10.3e" % (2.675, -0.05, 12345.678, 0.0001, 6.02e23))
print("%s" % "only", "%s" % ("tuple one",), "%s" % [("nested",)])

for template, args in [("%d", ("x",)), ("%d %d", (1,)), ("%d", (1, 2)), ("%x", (1.5,)),
                       ("%(a)s", (1,)), ("%z", (1,)), ("%s %s", "ab"), ("%d", (2**70,))]:
    try:
        print(repr(template % args))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)

total = 0
for i in range(2000):
    total += len("%05d-%x-%s" % (i, i * 3, "k"))
print(total)
