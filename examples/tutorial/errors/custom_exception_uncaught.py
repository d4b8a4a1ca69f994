class InsufficientFundsError(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more dollars")
        self.needed = needed


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFundsError(amount - balance)
    return balance - amount


b = withdraw(100, 30)
print("balance", b)
b = withdraw(b, 100)
