entries = ["10", "20", "thirty", "40"]
total = 0
for e in entries:
    total += int(e)
    print("running total", total)
