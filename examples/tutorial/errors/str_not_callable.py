str = "shadowed"
print(str)
number = str(42)
