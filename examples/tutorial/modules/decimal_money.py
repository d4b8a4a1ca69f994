from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"))
price = Decimal("19.99")
qty = 3
subtotal = price * qty
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax)
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal(1) / Decimal(3))
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction("0.25"), float(Fraction(7, 8)))
