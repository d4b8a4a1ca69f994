# Two expressions next to each other with an operator missing
x = 5
y = x x
print(y)
