# Format specs in f-strings, including nested replacement fields
pi = 3.14159265
n = 1234567
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e}")
print(f"{n:,} {n:_} {n:>12,} {n:x} {n:#o} {n:b}")
print(f"{0.1234:.1%} {42:08.3f} {-42:+d} {42:+d}")
width, precision = 12, 3
print(f"[{pi:{width}.{precision}f}]")
print(f"[{'centered':^{width}}]")
fill, align = "*", ">"
print(f"[{'x':{fill}{align}{width}}]")
for w in range(3, 7):
    print(f"[{7:{w}}]", end=" ")
print()
for value in [1, 22.5, -333]:
    print(f"|{value:>8}|{value:<8}|{value:^8}|")
label = "total"
print(f"{label:>10}: {sum([1.25, 2.5]):>8.2f}")
print(f"{'abc':.2} {'abc':5.1}|")
print(f"{255:#06x} {65:c} {'s':>3s}")
print(f"{2 ** 64:,}", f"{-0.0:.1f}", f"{1e-9:g}")
