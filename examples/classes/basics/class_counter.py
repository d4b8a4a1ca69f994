# Counting instances with a class-level counter.
class Ticket:
    count = 0

    def __init__(self, owner):
        Ticket.count += 1
        self.number = Ticket.count
        self.owner = owner

    def describe(self):
        return f"ticket #{self.number} for {self.owner}"


tickets = [Ticket(name) for name in ["ann", "bob", "cy"]]
for t in tickets:
    print(t.describe())
print("issued:", Ticket.count)


# A common mistake: self.count += 1 makes an instance attribute instead
class Broken:
    count = 0

    def __init__(self):
        self.count += 1


x = Broken()
y = Broken()
print(x.count, y.count, Broken.count)
