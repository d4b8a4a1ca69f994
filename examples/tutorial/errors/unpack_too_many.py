record = "ann,30,paris,extra"
name, age, city = record.split(",")
print(name)
