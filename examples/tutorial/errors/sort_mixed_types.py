ages = [31, 25, "unknown", 40]
print(len(ages))
ages.sort()
print(ages)
