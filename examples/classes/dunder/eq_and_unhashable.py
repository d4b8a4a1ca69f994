# Defining __eq__ makes objects compare by value, and sets __hash__ to None.
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)


a = Money(5, "EUR")
b = Money(5, "EUR")
c = Money(5, "USD")
print(a == b, a is b, a == c, a != c)
print(a == 5, a != "5 EUR")
print(Money.__hash__ is None)
print(a in [c, b])

try:
    {a}
except TypeError as e:
    print("TypeError:", e)
try:
    d = {a: "five euros"}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


# Without __eq__, objects are equal only to themselves and are hashable
p, q = Plain(), Plain()
print(p == q, p == p, len({p, q, p}))
