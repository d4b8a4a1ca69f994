# Integer fields of str.format, format() and f-strings: every combination
# of type, width, fill, alignment, sign and '#' that the plain integer
# writer handles, the cases it leaves to the general formatter, and their
# errors.
values = [0, 1, -1, 7, -42, 255, -255, 4096, 2**31, -(2**31), 2**63 - 1, -(2**63), 2**64, -(2**70)]
specs = [
    "", "d", "x", "X", "o", "b", "05d", "5", "<5", "^6", ">7", "=8", "*^9x", "+d", " d", "-d",
    "+05x", "#x", "#X", "#o", "#b", "#010x", "#<10X", "0=12b", "x<6o", "_^9", "08", "<08",
    "^08", "=+8", "+#x", " #o", "#5d", "20d", "0", "00", "1", "#", "+", "c", "n", "5n",
    ",d", "_x", "010,", "e", ".3f", "%",
]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(v, row)

for v in [0, 5, -5, 123456, True, False]:
    print("{}|{:05d}|{:x}|{:>4}|{:<4}|{:^5}|{:+}|{:#b}|{:X}".format(v, v, v, v, v, v, v, v, v))
    print(f"{v}|{v:05d}|{v:x}|{v:>4}|{v:#o}|{v:é>6}|{v:→^7}")

# Literal text around fields: ASCII and not.
print("{}:{:05d}:{:x}:{}".format("item", 42, 42 * 7, 42 % 97))
print("é{}ü{:03}€".format("ß", 7))
print("{}{}".format("日本", 12), len("{}{}".format("日本", 12)))
print(len("{:x}".format(255)), "{:x}".format(255).upper())
print("{0:{1}}|{0:{2}{1}}".format(42, 6, "0"))
print("{:{}}".format(-42, "+08"))

errors = ["{:.2d}", "{:z}", "{:zd}", "{:=s}", "{:q}", "{:,c}", "{:#c}", "{:+c}"]
for template in errors:
    try:
        print(template.format(65))
    except ValueError as e:
        print("ValueError:", e)
try:
    print("{:c}".format(-1))
except OverflowError as e:
    print("OverflowError:", e)

class MyInt(int):
    def __format__(self, spec):
        return "MyInt(" + spec + ")"

print("{:05d}|{}".format(MyInt(3), MyInt(4)))

# Results longer than the renderer's first buffer.
long = "{}|{}|{:>300}|{:-^1000}".format("x" * 300, "é" * 200, 1, "mid")
print(len(long), long[:3], long[300:305], long.count("-"), long[-5:], len(long.encode()))
print(len("{0}{0}{0}{0}".format("ab" * 100)), "{:*<600x}".format(255)[:4])
