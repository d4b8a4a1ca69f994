# Methods can call other methods through self; objects can hold objects.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.log("deposit", amount)

    def withdraw(self, amount):
        if amount > self.balance:
            self.log("refused", amount)
            return False
        self.balance -= amount
        self.log("withdraw", amount)
        return True

    def log(self, kind, amount):
        self.history.append((kind, amount, self.balance))


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner):
        account = Account(owner)
        self.accounts[owner] = account
        return account

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
ann = bank.open("ann")
ann.deposit(100)
print(ann.withdraw(30), ann.withdraw(500))
bob = bank.open("bob")
bob.deposit(42)
for entry in ann.history:
    print(entry)
print("total", bank.total())
# A bound method remembers its object
f = bob.deposit
f(8)
print(bob.balance, f.__self__ is bob, f.__name__)
