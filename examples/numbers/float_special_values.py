# inf, -inf, nan and -0.0
import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf > 10 ** 100, -inf < -1e308)
print(inf + 1, inf * 2, inf - inf)
print(nan == nan, nan != nan, nan is nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0))
print(math.inf == inf, math.nan == math.nan)
print(1 / inf, -1 / inf)

neg_zero = -0.0
print(neg_zero, neg_zero == 0.0, str(neg_zero), repr(neg_zero))
print(math.copysign(1, neg_zero), math.copysign(1, 0.0))
print(abs(neg_zero))

print(max([1.0, inf, 3.0]), min([1.0, -inf]))
print(sorted([3.0, -inf, inf, 0.0]))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(float("INF"), float("-Infinity"), float("NaN"))
