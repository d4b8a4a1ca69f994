class Connection:
    open_count = 0

    def __init__(self, name):
        self.name = name
        Connection.open_count += 1
        print(f"{name}: opened ({Connection.open_count} open)")

    def __del__(self):
        Connection.open_count -= 1
        print(f"{self.name}: closed ({Connection.open_count} open)")


def use_temporarily():
    c = Connection("temp")
    print("using", c.name)


a = Connection("A")
b = Connection("B")
use_temporarily()
print("deleting A")
del a
print("rebinding B")
b = None
print("open at end:", Connection.open_count)
