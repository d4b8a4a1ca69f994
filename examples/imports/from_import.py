# from M import a, b
from math import sqrt, pi, floor, ceil
from functools import reduce

print(sqrt(144), round(pi, 2), floor(2.9), ceil(2.1))
product = reduce(lambda a, b: a * b, range(1, 8))
print(product)
from math import (
    gcd,
    inf,
)
print(gcd(12, 18), inf, -inf < 0)
def lcm_all(nums):
    return reduce(lambda a, b: a * b // gcd(a, b), nums)
print(lcm_all([4, 6, 10]))
try:
    from math import no_such_name
except ImportError as e:
    # CPython appends the module's location in parentheses; leave it out
    print("ImportError:", str(e).split(" (")[0])
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
