items = [("Apple", 0.5, 12), ("Banana", 0.25, 7), ("Cherry", 3.125, 100), ("Kiwi", 12.0, 3)]

print(f"{'Item':<10}|{'Price':>8}|{'Qty':^5}|{'Total':>10}")
print("-" * 36)
total = 0
for name, price, qty in items:
    line_total = price * qty
    total += line_total
    print(f"{name:<10}|{price:>8.2f}|{qty:^5}|{line_total:>10,.2f}")
print("=" * 36)
print(f"{'TOTAL':<10}{total:>26.2f}")

x = 1234567.891
print(f"{x:,}", f"{x:_.1f}", f"{x:e}", f"{x:.3e}", f"{x:g}", f"{x:10.0f}|")
print(f"{0.5:%}", f"{0.12345:.1%}", f"{42:b}", f"{42:o}", f"{42:x}", f"{255:#X}", f"{42:#b}")
print(f"{42:08d}", f"{-42:08d}", f"{42:+d}", f"{42: d}", f"{3.14159:+.3f}")
print(f"{'hi':*^10}", f"{'hi':->6}", f"{'hi':_<6}", f"[{'abc':5}]", f"[{7:5}]")
name = "Ada"
age = 36
print(f"{name=}", f"{age=}", f"{age * 2 = }", f"{name!r}", f"{name!s:>5}")
width, prec = 12, 3
print(f"[{3.14159265:{width}.{prec}f}]", f"[{'x':>{width}}]")
print(f"{{literal braces}}", f"{'nested ' + name}")
print(f"{1e-5}", f"{1e20}", f"{123.0}", f"{0.1 + 0.2}", f"{2/3:.4}", f"{100:.2e}")
print(f"{True}", f"{None}", f"{[1, 2]}", f"{(1,)}", f"{ {'a': 1} }")
print(f"{1000000:,d}", f"{-1234.5:,.2f}", f"{12:>+6}", f"{12:=+6}", f"{-3.5:=10.2f}")
for n in [1, 22, 333, 4444]:
    print(f"|{n:^7}|{n:<7}|{n:>7}|")
