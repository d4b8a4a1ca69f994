# A NameError raised inside a function called from a loop
def total_price(items):
    result = 0
    for price in items:
        result += price
    return reslt

print("computing")
print(total_price([1, 2, 3]))
