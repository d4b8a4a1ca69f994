# Looking up a key that is not in the dict
inventory = {"apples": 3, "pears": 5}
for fruit in ["apples", "pears", "plums"]:
    print(fruit, inventory[fruit])
