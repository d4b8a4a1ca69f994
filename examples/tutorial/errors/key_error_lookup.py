prices = {"apple": 0.5, "banana": 0.25}
order = ["apple", "banana", "cherry"]
total = 0
for item in order:
    print("adding", item)
    total += prices[item]
print(total)
