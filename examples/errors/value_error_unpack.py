# Unpacking the wrong number of values
row = "name,age,city"
print(row.split(","))
name, age = row.split(",")
