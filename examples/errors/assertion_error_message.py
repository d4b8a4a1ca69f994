# A failing assert with a message
def withdraw(balance, amount):
    assert amount <= balance, f"cannot withdraw {amount} from {balance}"
    return balance - amount

balance = withdraw(100, 30)
print("balance", balance)
balance = withdraw(balance, 80)
