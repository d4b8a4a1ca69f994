# center, ljust, rjust, zfill
print("[" + "hi".center(10) + "]")
print("[" + "hi".center(11, "*") + "]")
print("[" + "hi".ljust(6) + "]", "[" + "hi".rjust(6) + "]")
print("[" + "hi".ljust(6, ".") + "]", "[" + "hi".rjust(6, "0") + "]")
print("[" + "toolong".center(3) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3))

menu = [("Coffee", 2.5), ("Tea", 1.75), ("Croissant", 3.0)]
width = 20
print("MENU".center(width, "="))
for item, price in menu:
    print(item.ljust(14, ".") + f"{price:.2f}".rjust(width - 14))
print("=" * width)

for n in [1, 22, 333]:
    print(str(n).rjust(5), str(n).zfill(5), str(n).center(7, "-"))
