items = [3, "4", 5]
total = 0
for x in items:
    total = total + x
print(total)
