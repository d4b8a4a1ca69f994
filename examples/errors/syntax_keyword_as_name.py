# A keyword cannot be used as a variable name
class = "physics"
print(class)
