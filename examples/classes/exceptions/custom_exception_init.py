# A custom __init__ that calls super().__init__(msg) and keeps extra data.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}, balance is {balance}")
        self.balance = balance
        self.amount = amount

    @property
    def missing(self):
        return self.amount - self.balance


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount


try:
    withdraw(50, 80)
except InsufficientFunds as e:
    print("error:", e)
    print("args:", e.args)
    print("missing:", e.missing)
    print("repr:", repr(e))


# Forgetting to pass anything to super().__init__ leaves args empty
class Quiet(Exception):
    def __init__(self, code):
        super().__init__()
        self.code = code


try:
    raise Quiet(7)
except Quiet as e:
    print(repr(str(e)), e.args, e.code)
