# Two list items with the comma between them missing
items = ["apple" "banana", 3 4]
print(items)
