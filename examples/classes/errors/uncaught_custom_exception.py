# A custom exception that nobody catches ends the program.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} is less than {amount}")
        self.balance = balance
        self.amount = amount


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        print("withdrew", amount, "left", self.balance)


acct = Account(100)
acct.withdraw(60)
acct.withdraw(60)
