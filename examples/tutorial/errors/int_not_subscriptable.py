number = 12345
digits = str(number)
print(digits[0])
print(number[0])
