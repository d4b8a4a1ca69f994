# Format spec: fill, align (< > ^ =) and width for str, int and float
for align in "<>^":
    print("[{:{}10}]".format("text", align), "[{:*{}10}]".format(42, align))
print("[{:10}]".format("str"), "[{:10}]".format(123), "[{:10}]".format(1.5))
print("[{:=10}]".format(-42), "[{:0=10}]".format(-42), "[{:*=+10}]".format(42))
print("[{:^9}]".format("odd"), "[{:^8}]".format("odd"))
print("[{:.<12}]".format("dots"), "[{:->12}]".format("dash"))
print("[{:3}]".format("longer than width"))
print("[{:^}]".format("no width"))
print(format("left", "<8") + "|", format(7, "#>4"), format(3.5, "_^9"))

table = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
print("{:<12}{:>5}{:>8}".format("fruit", "qty", "price"))
for fruit, qty, price in table:
    print("{:<12}{:>5}{:>8.2f}".format(fruit, qty, price))
print("{:-^25}".format(" end "))
