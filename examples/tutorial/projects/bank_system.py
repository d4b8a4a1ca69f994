class Account:
    _next_number = 1000

    def __init__(self, holder, balance=0.0):
        self.number = Account._next_number
        Account._next_number += 1
        self.holder = holder
        self.balance = balance
        self.transactions = []

    def _record(self, kind, amount):
        self.transactions.append((kind, amount, self.balance))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self._record("DEP", amount)

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: balance {self.balance:.2f}, requested {amount:.2f}")
        self.balance -= amount
        self._record("WDR", amount)

    def statement(self):
        print(f"Statement for #{self.number} ({self.holder})")
        for kind, amount, bal in self.transactions:
            print(f"  {kind} {amount:>10.2f} {bal:>10.2f}")
        print(f"  {'BAL':<3} {'':>10} {self.balance:>10.2f}")


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, holder, initial=0.0):
        acc = Account(holder)
        if initial:
            acc.deposit(initial)
        self.accounts[acc.number] = acc
        return acc

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank("Tutorial Bank")
alice = bank.open("Alice", 500)
bob = bank.open("Bob")
bob.deposit(120.5)
bank.transfer(alice.number, bob.number, 75.25)
for src, dst, amt in [(bob.number, alice.number, 1000), (alice.number, 9999, 1), (alice.number, bob.number, -5)]:
    try:
        bank.transfer(src, dst, amt)
    except ValueError as e:
        print("Transfer failed:", e)
    except KeyError as e:
        print("Unknown account:", e)
alice.statement()
bob.statement()
print(f"{bank.name} holds {bank.total():,.2f} in {len(bank.accounts)} accounts")
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("Richest:", richest.holder, richest.number)
