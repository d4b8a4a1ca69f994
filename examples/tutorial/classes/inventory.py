class Item:
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty=1):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)

    def remove(self, name, qty=1):
        item = self.items.get(name)
        if item is None:
            raise KeyError(name)
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} in stock")
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]

    def __len__(self):
        return len(self.items)

    def __contains__(self, name):
        return name in self.items

    def __getitem__(self, name):
        return self.items[name]

    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.name))

    def total_value(self):
        return sum(i.value for i in self.items.values())

    def report(self):
        lines = [f"{'Name':<10}{'Price':>8}{'Qty':>5}{'Value':>9}"]
        for item in self:
            lines.append(f"{item.name:<10}{item.price:>8.2f}{item.qty:>5}{item.value:>9.2f}")
        lines.append(f"{'Total':<23}{self.total_value():>9.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add("widget", 2.50, 10)
inv.add("gadget", 12.99, 3)
inv.add("widget", 2.50, 5)
inv.add("doohickey", 0.75, 40)
print(inv.report())
print(len(inv), "gadget" in inv, "sprocket" in inv, inv["widget"])
inv.remove("gadget", 3)
print("gadget" in inv, len(inv))
for action in [("widget", 100), ("sprocket", 1)]:
    try:
        inv.remove(*action)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
print([i.name for i in inv], [repr(i) for i in inv])
cheap = [i.name for i in inv if i.price < 1]
print(cheap, max(inv, key=lambda i: i.value).name)
