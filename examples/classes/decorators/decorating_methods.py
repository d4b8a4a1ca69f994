# Decorators work on methods too; self arrives in *args.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{func.__name__}{args}")
        return func(self, *args)
    return wrapper


def require_positive(func):
    @functools.wraps(func)
    def wrapper(self, amount):
        if amount <= 0:
            raise ValueError(f"{func.__name__}: amount must be positive, got {amount}")
        return func(self, amount)
    return wrapper


class Wallet:
    def __init__(self):
        self.money = 0

    @logged
    @require_positive
    def add(self, amount):
        self.money += amount
        return self.money

    @logged
    def show(self):
        return f"wallet holds {self.money}"


w = Wallet()
print(w.add(10))
print(w.add(5))
try:
    w.add(-1)
except ValueError as e:
    print("ValueError:", e)
print(w.show())
print(Wallet.add.__name__)
