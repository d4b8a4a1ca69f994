names = ["bob", "alice"]
names.sort()
print(names)
names.apend("carl")
