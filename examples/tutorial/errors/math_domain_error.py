import math

for x in [16, 2, 0, -4]:
    print(x, math.sqrt(x))
