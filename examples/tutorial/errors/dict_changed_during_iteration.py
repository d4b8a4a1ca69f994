stock = {"apple": 0, "pear": 3, "fig": 0}
for name in stock:
    if stock[name] == 0:
        print("removing", name)
        del stock[name]
print(stock)
