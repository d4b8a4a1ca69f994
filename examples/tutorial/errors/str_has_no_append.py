shopping = "milk"
shopping.append("eggs")
