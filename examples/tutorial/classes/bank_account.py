class InsufficientFunds(Exception):
    pass


class BankAccount:
    interest_rate = 0.02
    accounts_opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        BankAccount.accounts_opened += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit amount must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"Cannot withdraw {amount}; balance is {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest_rate), 2)

    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self._balance})"

    def __str__(self):
        return f"{self.owner}'s account: ${self._balance:,.2f}"


class SavingsAccount(BankAccount):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise InsufficientFunds("Withdrawal limit reached")
        return super().withdraw(amount)


a = BankAccount("Alice", 100)
a.deposit(50).withdraw(30)
print(a, repr(a), a.balance)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("Error:", e)
try:
    a.deposit(-5)
except ValueError as e:
    print("Error:", e)
s = SavingsAccount("Bob", 1000)
s.add_interest()
print(s)
s.withdraw(10)
s.withdraw(20)
try:
    s.withdraw(5)
except InsufficientFunds as e:
    print(type(e).__name__, e)
print(s.history)
print(BankAccount.accounts_opened, isinstance(s, BankAccount), issubclass(SavingsAccount, BankAccount))
print([str(acc) for acc in [a, s]])
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(SavingsAccount.__mro__[1].__name__, SavingsAccount.__name__, type(s).__name__)
