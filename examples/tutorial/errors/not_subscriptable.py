def get_total():
    total = 10
    total += 5


result = get_total()
print(result[0])
