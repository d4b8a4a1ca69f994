# printf-style formatting with %
name, age, score = "Ann", 31, 93.4567
print("%s is %d years old" % (name, age))
print("score: %f" % score)
print("score: %.2f" % score)
print("[%5d] [%-5d] [%05d]" % (42, 42, 42))
print("[%-8s] [%8s]" % ("left", "right"))
print("%r vs %s" % ("text", "text"))
print("hex %x, HEX %X, octal %o" % (255, 255, 8))
print("%#x %#o" % (255, 8))
print("%d%% sure, %d%% done" % (100, 50))
print("single arg: %s" % "alone")
print("single int: %d" % 7)
print("a tuple must be wrapped: %s" % ((1, 2),))
print("%+d %+d % d" % (5, -5, 5))
print("%e %.3e %g %g" % (12345.678, 12345.678, 0.00001234, 1234567.0))
print("%c%c%c" % (80, 121, 33))
print("%s %s" % ([1, 2], {"k": None}))
print("%(name)s has %(count)d items" % {"name": "cart", "count": 3})
print("%.3s" % "abcdef", "%*d" % (6, 42))
print("%d" % 3.99, "%s" % 3.99, "%i" % -2)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
