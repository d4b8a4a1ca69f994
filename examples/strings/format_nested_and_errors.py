# str.format: nested specs, numbering rules, conversions and the errors CPython raises
width, precision = 10, 3
print("[{:{}.{}f}]".format(3.14159265, width, precision))
print("[{0:{1}.{2}f}]".format(2.71828, 8, 2))
print("[{x:{fill}{align}{w}}]".format(x="mid", fill="~", align="^", w=9))
print("[{:{}}] [{}]".format("a", ">4", "b"))
print("{0!r:^12}|{0!s:^12}|{0!a:^12}".format("café"))
print("{{}} {{{}}} {{{{}}}}".format(7))
print("{0[1]}{0[0]} {1[k]} {1[2]}".format("ab", {"k": "v", 2: "two"}))
print("{0.imag} {0.real:+}".format(3))
print("{:,} {:_} {:#x} {:#o} {:#b}".format(1234567, 1234567, 255, 8, 5))
print("{:>+10.2e} {:<8.1%}|".format(12345.678, 0.4567))
print("{:c}{:c}{:c}".format(72, 105, 0x263A))
print("{}".format(["list", 1]), "{}".format(None), "{}".format((1,)))
print("{:^7}|{:*>5}|{:.<6}".format(True, 3.0, "ab"))
print("{0}{1}{0}".format("<", ">"))
print("no fields at all".format(1, 2, key=3))
print("{name} {name!r} {name:>6}".format(name="Bo"))
table = {"a": 1, "b": 2}
print("{a} + {b} = {0}".format(3, **table))
print("{a}-{b}".format_map(table))
print("{0[a]}/{0[b]}".format(table))

errors = [
    ("{", ()), ("}", ()), ("a}b", ()), ("{0", ()), ("{!r", (1,)), ("{0!", (1,)),
    ("{0!x}", (1,)), ("{0!rs}", (1,)), ("{0:{1:{2}}}", (1, 2, 3)), ("{0.}", (1,)),
    ("{0[0]x}", ([1],)), ("{}{0}", (1, 2)), ("{0}{}", (1, 2)), ("{2}", (1, 2)),
    ("{}{}{}", (1, 2)), ("{a{b}", ()), ("{0:abc}", (1,)), ("{0:abc}", ("s",)),
    ("{:d}", ("s",)), ("{:s}", (1,)), ("{:=5}", ("s",)), ("{:+}", ("s",)),
    ("{99999999999999999999}", (1,)), ("{0:}}", (1,)),
]
for template, args in errors:
    try:
        print(repr(template.format(*args)))
    except (ValueError, IndexError, KeyError) as e:
        print(template, "->", type(e).__name__ + ":", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{0.nope}".format(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "{}".format_map()
except TypeError as e:
    print("TypeError:", e)
print("{} items}".format(3))
