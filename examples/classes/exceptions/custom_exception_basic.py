# The simplest custom exception: a subclass of Exception with no body.
class OutOfStock(Exception):
    pass


def buy(stock, item):
    if stock.get(item, 0) == 0:
        raise OutOfStock(item)
    stock[item] -= 1
    return f"bought {item}"


stock = {"apple": 1, "pear": 0}
for item in ["apple", "apple", "pear", "kiwi"]:
    try:
        print(buy(stock, item))
    except OutOfStock as e:
        print("sorry,", e, "is out of stock", e.args)

err = OutOfStock("a", "b")
print(str(err), repr(err), err.args)
print(repr(OutOfStock()), str(OutOfStock()) == "")
print(isinstance(err, Exception), issubclass(OutOfStock, BaseException))
print([c.__name__ for c in OutOfStock.__mro__])
