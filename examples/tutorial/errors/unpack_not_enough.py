line = "alice 30"
name, age, city = line.split()
print(name, age, city)
