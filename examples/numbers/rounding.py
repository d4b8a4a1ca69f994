# round(): banker's rounding, ndigits, negative ndigits
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4, 2.6]:
    print(x, "->", round(x))

print(round(3.14159, 2), round(3.14159, 0), round(3.14159, 4))
print(round(2.675, 2))          # 2.675 is really 2.67499999...
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(7), round(-7), type(round(7.6)).__name__, type(round(7.6, 1)).__name__)
print(round(0.125, 2), round(0.375, 2))
print(round(-2.5), round(-3.5))

prices = [19.999, 5.005, 0.1 + 0.2]
print([round(p, 2) for p in prices])

import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.floor(2.5), math.ceil(2.1), int(2.9))
