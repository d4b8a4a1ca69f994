# import M as N
import math as m
import functools as ft

print(m.sqrt(2) ** 2, round(m.sqrt(2) ** 2, 9))
print(m.hypot(5, 12), m.__name__)
total = ft.reduce(lambda acc, x: acc + x, range(5), 100)
print(total)
try:
    math.sqrt(4)
except NameError as e:
    print("NameError:", e)
from math import factorial as fact, comb as choose
print(fact(6), choose(6, 2))
