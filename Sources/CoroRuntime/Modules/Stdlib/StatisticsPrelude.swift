// statistics in Python: sums kept as exact rationals (int pairs) so that every result is
// CPython's correctly rounded one; StatisticsError messages as CPython 3.11's.

enum StatisticsPrelude {
  static let source = #"""
"""Basic statistics for numeric (int and float) data."""

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
           'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']
__all__ = [name for name in __all__ if name != 'NormalDist']

import math
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple


class StatisticsError(ValueError):
    pass


# Exact arithmetic: a sum is kept as a rational (numerator, denominator) in
# lowest terms, so that every result is the correctly rounded value of the
# exact one, as CPython's Fraction-based code gives.

def _normalize(n, d):
    g = math.gcd(n, d)
    if d < 0:
        g = -g
    return (n // g, d // g)


def _add(a, b):
    return _normalize(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _to_ratio(x):
    """x as (numerator, denominator), or None when x is a NaN or infinity."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return None
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    """The common type of T and S, or TypeError."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


class _Accumulator:
    """Sums values exactly, per denominator, and tracks their common type."""

    def __init__(self, squares=False):
        self.count = 0
        self.types = []
        self.partials = {}
        self.square_partials = {} if squares else None
        self.special = None

    def add(self, x):
        t = type(x)
        if t not in self.types:
            self.types.append(t)
        self.count += 1
        r = _to_ratio(x)
        if r is None:
            self.special = x if self.special is None else self.special + x
            return
        n, d = r
        self.partials[d] = self.partials.get(d, 0) + n
        if self.square_partials is not None:
            self.square_partials[d] = self.square_partials.get(d, 0) + n * n

    def type(self):
        T = int
        for S in self.types:
            T = _coerce(T, S)
        return T

    @staticmethod
    def _total(partials, square):
        total = (0, 1)
        for d, n in partials.items():
            total = _add(total, (n, d * d if square else d))
        return total

    def total(self):
        return self._total(self.partials, False)

    def square_total(self):
        return self._total(self.square_partials, True)


def _sum(data):
    acc = _Accumulator()
    for x in data:
        acc.add(x)
    T = acc.type()
    if acc.special is not None:
        return T, acc.special, acc.count
    return T, acc.total(), acc.count


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count)."""
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    acc = _Accumulator(squares=True)
    for x in data:
        acc.add(x)
    T = acc.type()
    count = acc.count
    if not count:
        return T, (0, 1), (0, 1), 0
    if acc.special is not None:
        return T, acc.special, acc.special, count
    sx = acc.total()
    sxx = acc.square_total()
    # (count*sxx - sx*sx) / count, exactly.
    n = count * sxx[0] * sx[1] * sx[1] - sx[0] * sx[0] * sxx[1]
    d = sxx[1] * sx[1] * sx[1] * count
    return T, _normalize(n, d), _normalize(sx[0], sx[1] * count), count


def _divide(r, k):
    if not isinstance(r, tuple):
        return r / k
    return _normalize(r[0], r[1] * k)


def _convert(value, T):
    """The rational `value` as a T (int results that are not whole become float)."""
    if not isinstance(value, tuple):
        return value
    n, d = value
    if issubclass(T, int):
        if d != 1:
            return n / d
        return T(n)
    if T is float:
        return n / d
    return T(n / d)


def _isqrt_round_to_odd(n, m):
    """isqrt(n/m) with its last bit set when inexact."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _sqrt_ratio(value):
    """The correctly rounded float square root of a rational."""
    if not isinstance(value, tuple):
        # CPython reads .numerator of the float NaN or infinity here.
        raise AttributeError("'%s' object has no attribute 'numerator'" % type(value).__name__)
    n, m = value
    if n <= 0:
        return 0.0 if n == 0 else math.sqrt(n / m)
    # Keep 2*53+3 significant bits, rounded to odd, before the one float rounding.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        return float(_isqrt_round_to_odd(n, m << (2 * shift)) << shift)
    return _isqrt_round_to_odd(n << (-2 * shift), m) / (1 << -shift)


def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_divide(total, n), T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = math.fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        for w in weights:
            if w < 0:
                raise StatisticsError(errmsg)
        _, sum_weights, _ = _sum(weights)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    try:
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_normalize(sum_weights[0] * total[1], sum_weights[1] * total[0]), T)


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Estimates the median for numeric data binned around the midpoints
    of consecutive, fixed-width intervals."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - i) / (j - i)


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide *data* into *n* continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of ``data``."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_divide(ss, n), T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_ratio(_divide(ss, n - 1))


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_ratio(_divide(ss, n))


def _paired(name, x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % name)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % name)
    return n


def covariance(x, y, /):
    """Covariance of two inputs."""
    n = _paired('covariance', x, y)
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient."""
    n = _paired('correlation', x, y)
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'), module='statistics')


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept for simple linear regression."""
    n = _paired('linear regression', x, y)
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
"""#
}
