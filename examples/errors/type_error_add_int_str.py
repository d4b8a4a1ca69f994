# Adding a number to a string
count = 3
print("count is", count)
message = count + " items"
print(message)
