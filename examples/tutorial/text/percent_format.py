name = "Bob"
score = 87.456
print("Hello, %s!" % name)
print("%s scored %.1f points" % (name, score))
print("%d%% done" % 75)
print("[%5d] [%-5d] [%05d]" % (42, 42, 42))
print("[%8.3f] [%-8.2f] [%+.2f]" % (3.14159, 2.5, 1.0))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %E %g %G" % (12345.678, 0.000123, 0.0001, 1e20))
print("%r vs %s" % ("text", "text"))
print("%c%c%c" % (72, 105, 33))
print("%(name)s is %(age)d years old" % {"name": "Eve", "age": 30})
print("%s" % [1, 2, 3], "%s" % (None,), "%s and %s" % (True, 3.0))
print("%10s|%-10s|" % ("right", "left"))
print("%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%i" % 3.99, "%d" % -3.99, "%s" % 2**70)
rows = [("alice", 3, 9.5), ("bob", 12, 10.25), ("carol", 100, 7.0)]
for r in rows:
    print("%-8s%4d%8.2f" % r)

# str.format
print("{} + {} = {}".format(2, 3, 5))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Joe", age=5))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.2f} {:,} {:08.3f} {:+}".format(3.14159, 1234567, 2.5, 7))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "val"}))
pt = {"x": 3, "y": 4}
print("Point({x}, {y})".format(**pt))
print("{!r} {!s}".format("q", "q"), "{{}}".format())
print("{:*^15}".format(" menu "))
print("{:b} {:o} {:x} {:#x}".format(10, 10, 255, 255))
