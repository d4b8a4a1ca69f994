def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


print(f"{'Celsius':>8} {'Fahrenheit':>11}")
for c in range(-20, 41, 10):
    print(f"{c:>8} {c_to_f(c):>11.1f}")

print()
for f in [32, 98.6, 212, -40, 0]:
    print(f"{f}F = {f_to_c(f):.2f}C = {f_to_c(f)}")

readings = [22.5, 23.1, 19.8, 25.0, 24.4, 18.9, 21.7]
avg = sum(readings) / len(readings)
print(f"avg={avg:.3f} min={min(readings)} max={max(readings)} range={max(readings) - min(readings):.1f}")
var = sum((r - avg) ** 2 for r in readings) / len(readings)
print(f"variance={var:.4f} stdev={var ** 0.5:.4f}")
sorted_r = sorted(readings)
mid = len(sorted_r) // 2
print("median:", sorted_r[mid] if len(sorted_r) % 2 else (sorted_r[mid - 1] + sorted_r[mid]) / 2)
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for day, r in zip(days, readings):
    flag = "hot" if r > 24 else "cold" if r < 20 else "ok"
    print(f"{day}: {r:5.1f} {'*' * int(r - 15):<12} {flag}")
print(c_to_f(37), f_to_c(100), round(f_to_c(100), 2), c_to_f(-273.15))
