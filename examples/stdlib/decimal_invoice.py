from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, localcontext, InvalidOperation
from fractions import Fraction

items = [("widget", Decimal("4.99"), 3), ("gadget", Decimal("12.50"), 1), ("gizmo", Decimal("0.35"), 10)]
subtotal = sum(price * qty for _, price, qty in items)
tax = (subtotal * Decimal("0.07")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
for name, price, qty in items:
    print(f"{name:<8}{qty:>3} x {price:>6} = {price * qty:>7}")
print(f"subtotal {subtotal}, tax {tax}, total {subtotal + tax}")
print(Decimal("1.005").quantize(Decimal("0.01")), Decimal("1.005").quantize(Decimal("0.01"), ROUND_HALF_UP))
print(Decimal("7.89").quantize(Decimal("1"), rounding=ROUND_DOWN), Decimal(10) / Decimal(4), Decimal("1.10") + Decimal("2.20"))
print(repr(Decimal("3.14")), Decimal(0.1), Decimal("1e3"), Decimal("-0.00"), Decimal(5).sqrt())
print(Decimal("2.50") == Decimal("2.5"), Decimal("0.1") * 3 == Decimal("0.3"), float(Decimal("2.5")), int(Decimal("-7.9")))
print(sorted([Decimal("1.1"), Decimal("-2"), Decimal("0.5")]), max(Decimal("1"), Decimal("1.0001")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal(1) / Decimal(7))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", type(e).__name__)
print(Fraction(3, 9), Fraction(1, 3) * 3, Fraction("1.25") + Fraction(1, 4), Fraction(7, 2).limit_denominator(1))
print(Fraction(0.5), float(Fraction(2, 3)), Fraction(5, 10) == 0.5, round(Fraction(7, 3), 2))
