# int() of a string that is not a number
entries = ["12", "7", "3.5"]
total = 0
for text in entries:
    total += int(text)
    print("running total", total)
