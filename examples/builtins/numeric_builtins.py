# abs, round, divmod, pow
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-10 ** 20), abs(True))
print(round(2.567, 2), round(2.5), round(3.5), round(-0.5), round(1234, -2))
print(divmod(20, 6), divmod(-20, 6), divmod(20, -6), divmod(20.5, 6))
print(pow(2, 8), pow(2, -2), pow(4, 0.5), pow(-2, 3))
print(pow(3, 200, 1000), pow(5, 3, 7), pow(-3, 3, 7))
q, r = divmod(125, 60)
print(f"125 minutes = {q}h {r}min")
seconds = 3725
minutes, sec = divmod(seconds, 60)
hours, minutes = divmod(minutes, 60)
print(f"{hours:02}:{minutes:02}:{sec:02}")
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
