age = 25
print("Next year")
message = "You are " + age + " years old"
print(message)
