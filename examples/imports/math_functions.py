# The float functions of the math module
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0.0, 0.5, 1.0, 2.0, 10.0]:
    print(x, math.sqrt(x), math.exp(x), math.expm1(x), math.log1p(x), math.cbrt(x))
print(math.log(100), math.log(100, 10), math.log(8, 2), math.log2(10), math.log10(0.001))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.atan2(1, -1), math.atan2(-0.0, -1), math.sinh(1), math.cosh(1), math.tanh(1))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.degrees(1), math.radians(90))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(-5), math.hypot(), math.hypot(1e200, 1e200))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]))
print(math.fabs(-2), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4), math.copysign(2, -0.0))
print(math.modf(3.25), math.modf(-2.5), math.frexp(48), math.ldexp(0.75, 6))
print(math.pow(2, 0.5), math.pow(2, -1), math.pow(-2, 3), math.pow(0, 0), math.exp2(10))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.erf(1), math.erfc(1))
print(math.isfinite(1.0), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1), math.ulp(1e100))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1, -1e100, 1e-100]))
print(math.fsum(x / 7 for x in range(100)), math.fsum([]), math.fsum([1, 2, 3]))
print(math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))
