# An uncaught ZeroDivisionError at module level stops the program
total = 10
count = 0
print("about to divide")
average = total / count
print("never printed")
