catalog = {
    "apple": 0.40,
    "bread": 2.25,
    "milk": 1.19,
    "cheese": 5.50,
    "coffee": 8.99,
}

cart = {}


def add(item, qty=1):
    if item not in catalog:
        print(f"Sorry, we don't sell {item}.")
        return
    cart[item] = cart.get(item, 0) + qty


def remove(item, qty=1):
    if cart.get(item, 0) < qty:
        print(f"Cannot remove {qty} x {item}")
        return
    cart[item] -= qty
    if cart[item] == 0:
        del cart[item]


def receipt(discount_code=None):
    subtotal = 0
    print("=" * 32)
    for item, qty in sorted(cart.items()):
        cost = catalog[item] * qty
        subtotal += cost
        print(f"{item.title():<10} {qty:>3} x {catalog[item]:>5.2f} = {cost:>7.2f}")
    print("-" * 32)
    discount = 0
    if discount_code == "SAVE10":
        discount = subtotal * 0.10
    elif discount_code == "BIG" and subtotal > 20:
        discount = 5
    tax = (subtotal - discount) * 0.08
    total = subtotal - discount + tax
    for label, amount in [("Subtotal", subtotal), ("Discount", -discount), ("Tax 8%", tax), ("TOTAL", total)]:
        print(f"{label:<21}{amount:>11.2f}")
    print("=" * 32)
    return round(total, 2)


add("apple", 6)
add("milk")
add("coffee")
add("caviar")
add("apple", 2)
add("bread", 2)
remove("bread")
remove("cheese")
print(cart)
print(receipt())
print(receipt("SAVE10"))
print(receipt("BIG"))
print(sum(cart.values()), "items;", len(cart), "distinct")
