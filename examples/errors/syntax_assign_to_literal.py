# The target of an assignment must be a name, not a literal
x = 1
5 = x
print(x)
