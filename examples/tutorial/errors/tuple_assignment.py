point = (1, 2)
print(point)
point[0] = 10
