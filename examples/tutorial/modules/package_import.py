import _shop
from _shop import _pricing
from _shop._pricing import with_tax

print(_shop.VERSION, _shop.__doc__)
print(_pricing.TAX, with_tax(10), with_tax(19.99))
import _shop._pricing
print(_shop._pricing is _pricing)
