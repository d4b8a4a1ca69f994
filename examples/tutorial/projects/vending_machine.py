class VendingMachine:
    COINS = {"quarter": 25, "dime": 10, "nickel": 5}

    def __init__(self, stock):
        self.stock = dict(stock)
        self.credit = 0
        self.sales = []

    def insert(self, coin):
        if coin not in self.COINS:
            return f"rejected {coin}"
        self.credit += self.COINS[coin]
        return f"credit {self.credit}c"

    def select(self, item):
        if item not in self.stock:
            return f"unknown item {item!r}"
        price, count = self.stock[item]
        if count == 0:
            return f"{item} sold out"
        if self.credit < price:
            return f"{item} costs {price}c, insert {price - self.credit}c more"
        self.stock[item] = (price, count - 1)
        self.credit -= price
        self.sales.append(item)
        change = self.make_change()
        return f"vend {item}, change {change}"

    def make_change(self):
        result = {}
        for name, value in sorted(self.COINS.items(), key=lambda kv: -kv[1]):
            n, self.credit = divmod(self.credit, value)
            if n:
                result[name] = n
        return result


vm = VendingMachine({"cola": (65, 2), "chips": (50, 0), "gum": (15, 5)})
script = [
    ("insert", "quarter"), ("insert", "quarter"), ("select", "cola"),
    ("insert", "dime"), ("insert", "dime"), ("select", "cola"),
    ("insert", "penny"), ("select", "chips"), ("select", "water"),
    ("insert", "quarter"), ("select", "gum"),
]
for action, arg in script:
    print(f"{action:<6} {arg:<8} -> {getattr(vm, action)(arg)}")
print("sales:", vm.sales, "stock:", vm.stock)
