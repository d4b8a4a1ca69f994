# center / ljust / rjust / zfill / expandtabs, with fill characters and errors
for width in range(0, 8):
    print(repr("ab".center(width)), repr("abc".center(width, "*")), repr("x".ljust(width, ".")),
          repr("x".rjust(width, "日")))
print("é".center(5, "ü"), "日本".center(6, "・"), "left".ljust(2), "right".rjust(-3))
for s in ["42", "-42", "+42", "--1", "", "-", "abc", "3.14", "-0.5", "é"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(0)))
print("a\tbc\tdef\tg".expandtabs(), "|", "a\tbc\tdef\tg".expandtabs(4))
print(repr("\t".expandtabs()), repr("\t".expandtabs(0)), repr("x\ty".expandtabs(-2)))
print(repr("ab\n\tc\r\td".expandtabs(3)), repr("日\t本".expandtabs(tabsize=4)))
print(repr("no tabs".expandtabs(2)))
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in table:
    print(name.ljust(12, ".") + str(qty).rjust(4) + ("%.2f" % price).rjust(8))
print("Title".center(30, "="))
for bad in [lambda: "x".center(), lambda: "x".center(5, "ab"), lambda: "x".center(5, ""),
            lambda: "x".center(5, 1), lambda: "x".ljust("5"), lambda: "x".rjust(5.0),
            lambda: "x".zfill(), lambda: "x".zfill("3"), lambda: "x".center(1, "a", "b"),
            lambda: "x".ljust(width=3), lambda: "x".expandtabs("4"),
            lambda: "x".expandtabs(4, 5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
