# Nested functions defined in the same scope share the same cell
def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return f"refused: only {balance} left"
        balance -= amount
        return balance
    def get_balance():
        return balance
    return deposit, withdraw, get_balance

deposit, withdraw, get_balance = make_account(50)
print(deposit(25))
print(withdraw(100))
print(withdraw(30))
print(get_balance())

def outer():
    x = "original"
    def show():
        return x
    x = "changed after show was defined"
    return show

print(outer()())       # closures see the variable, not a snapshot

def pair():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter

s1, g1 = pair()
s2, g2 = pair()
s1("first")
s2("second")
print(g1(), g2())
