price = "9.99"
print(f"Price: {price}")
print(f"Price: {price:.2f}")
