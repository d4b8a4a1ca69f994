// The real-valued distributions of Lib/random.py 3.11, with its float
// operations in its order so that every result is bit-identical. Arguments
// arrive as floats: the glue converts Python ints with `float(x)` (see
// `RandomMath.double`), which gives the same results for ints below 2**53.

import BigInt

extension RandomGenerator {
  // The module constants as CPython computes them (their reprs); the unit
  // tests recompute them with libm.
  /// `4 * exp(-0.5) / sqrt(2.0)`, random.NV_MAGICCONST.
  static let nvMagicConst = 1.7155277699214135
  /// `log(4.0)`, random.LOG4.
  static let log4 = 1.3862943611198906
  /// `1.0 + log(4.5)`, random.SG_MAGICCONST.
  static let sgMagicConst = 2.504077396776274
  /// `math.tau`, random.TWOPI.
  static let twoPi = 6.283185307179586
  /// `math.pi`.
  private static let pi = 3.141592653589793
  /// `math.e`.
  private static let e = 2.718281828459045

  /// `uniform(a, b)`: `a + (b - a) * random()` on floats.
  func uniform(_ a: Double, _ b: Double) -> Double {
    a + (b - a) * random()
  }

  /// `uniform(a, b)` with two ints: `b - a` is exact before it meets the
  /// float, as in Python.
  ///
  /// - Throws: `OverflowError` "int too large to convert to float" (after
  ///   drawing, like CPython).
  func uniform(_ a: BigInt, _ b: BigInt) throws -> Double {
    let width = b - a
    let r = random()
    let product = try RandomMath.double(width) * r
    return try RandomMath.double(a) + product
  }

  /// `triangular(low, high, mode)`; nil stands for CPython returning `low`
  /// itself (unconverted) because `high - low` is zero with a mode given.
  func triangular(low: Double = 0.0, high: Double = 1.0, mode: Double? = nil) throws
    -> Double?
  {
    var u = random()
    var c: Double
    if let mode = mode {
      // (mode - low) / (high - low) raising ZeroDivisionError → return low.
      guard high - low != 0 else { return nil }
      c = (mode - low) / (high - low)
    } else {
      c = 0.5
    }
    var low = low
    var high = high
    if u > c {
      u = 1.0 - u
      c = 1.0 - c
      swap(&low, &high)
    }
    return low + (high - low) * (try RandomMath.sqrt(u * c))
  }

  /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method.
  func normalvariate(mu: Double = 0.0, sigma: Double = 1.0) throws -> Double {
    var z: Double
    while true {
      let u1 = random()
      let u2 = 1.0 - random()
      z = RandomGenerator.nvMagicConst * (u1 - 0.5) / u2
      let zz = z * z / 4.0
      if zz <= -(try RandomMath.log(u2)) { break }
    }
    return mu + z * sigma
  }

  /// `gauss(mu, sigma)`: Box–Muller, keeping the second value in
  /// `gaussNext` for the next call.
  func gauss(mu: Double = 0.0, sigma: Double = 1.0) throws -> Double {
    var z: Double
    if let cached = gaussNext {
      z = cached
      gaussNext = nil
    } else {
      let x2pi = random() * RandomGenerator.twoPi
      let g2rad = try RandomMath.sqrt(-2.0 * (try RandomMath.log(1.0 - random())))
      z = try RandomMath.cos(x2pi) * g2rad
      gaussNext = try RandomMath.sin(x2pi) * g2rad
    }
    return mu + z * sigma
  }

  /// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
  ///
  /// - Throws: `OverflowError` "math range error" when exp overflows.
  func lognormvariate(mu: Double, sigma: Double) throws -> Double {
    try RandomMath.exp(try normalvariate(mu: mu, sigma: sigma))
  }

  /// `expovariate(lambd)`: `-log(1.0 - random()) / lambd`.
  ///
  /// - Throws: `ZeroDivisionError` "float division by zero" for lambd 0.
  func expovariate(_ lambd: Double) throws -> Double {
    try RandomMath.divide(-(try RandomMath.log(1.0 - random())), lambd)
  }

  /// `vonmisesvariate(mu, kappa)`: Fisher's circular-data algorithm.
  func vonmisesvariate(mu: Double, kappa: Double) throws -> Double {
    if kappa <= 1e-6 {
      return RandomGenerator.twoPi * random()
    }
    let s = try RandomMath.divide(0.5, kappa)
    let r = s + (try RandomMath.sqrt(1.0 + s * s))
    var z: Double
    while true {
      let u1 = random()
      z = try RandomMath.cos(RandomGenerator.pi * u1)
      let d = try RandomMath.divide(z, r + z)
      let u2 = random()
      if u2 < 1.0 - d * d { break }
      if u2 <= (1.0 - d) * (try RandomMath.exp(d)) { break }
    }
    let q = try RandomMath.divide(1.0, r)
    let f = try RandomMath.divide(q + z, 1.0 + q * z)
    let u3 = random()
    if u3 > 0.5 {
      return try RandomMath.remainder(mu + (try RandomMath.acos(f)), RandomGenerator.twoPi)
    }
    return try RandomMath.remainder(mu - (try RandomMath.acos(f)), RandomGenerator.twoPi)
  }

  /// `gammavariate(alpha, beta)`: Cheng's method for alpha > 1, an
  /// exponential for alpha == 1, algorithm GS below 1.
  ///
  /// Like CPython it never returns for NaN or infinite alpha.
  /// - Throws: `ValueError` "gammavariate: alpha and beta must be > 0.0".
  func gammavariate(alpha: Double, beta: Double) throws -> Double {
    if alpha <= 0.0 || beta <= 0.0 {
      throw RandomError.valueError("gammavariate: alpha and beta must be > 0.0")
    }
    if alpha > 1.0 {
      let ainv = try RandomMath.sqrt(2.0 * alpha - 1.0)
      let bbb = alpha - RandomGenerator.log4
      let ccc = alpha + ainv
      while true {
        let u1 = random()
        if !(1e-7 < u1 && u1 < 0.9999999) { continue }
        let u2 = 1.0 - random()
        let v = try RandomMath.divide(
          try RandomMath.log(try RandomMath.divide(u1, 1.0 - u1)), ainv)
        let x = alpha * (try RandomMath.exp(v))
        let z = u1 * u1 * u2
        let r = bbb + ccc * v - x
        if r + RandomGenerator.sgMagicConst - 4.5 * z >= 0.0 { return x * beta }
        if r >= (try RandomMath.log(z)) { return x * beta }
      }
    } else if alpha == 1.0 {
      return -(try RandomMath.log(1.0 - random())) * beta
    }
    var x: Double
    while true {
      let u = random()
      let b = (RandomGenerator.e + alpha) / RandomGenerator.e
      let p = b * u
      if p <= 1.0 {
        x = try RandomMath.power(p, try RandomMath.divide(1.0, alpha))
      } else {
        x = -(try RandomMath.log(try RandomMath.divide(b - p, alpha)))
      }
      let u1 = random()
      if p > 1.0 {
        if u1 <= (try RandomMath.power(x, alpha - 1.0)) { break }
      } else if u1 <= (try RandomMath.exp(-x)) {
        break
      }
    }
    return x * beta
  }

  /// `betavariate(alpha, beta)`: from two gamma variates.
  func betavariate(alpha: Double, beta: Double) throws -> Double {
    let y = try gammavariate(alpha: alpha, beta: 1.0)
    if y != 0 {
      return try RandomMath.divide(y, y + (try gammavariate(alpha: beta, beta: 1.0)))
    }
    return 0.0
  }

  /// `paretovariate(alpha)`: `(1.0 - random()) ** (-1.0 / alpha)`.
  func paretovariate(_ alpha: Double) throws -> Double {
    let u = 1.0 - random()
    return try RandomMath.power(u, try RandomMath.divide(-1.0, alpha))
  }

  /// `weibullvariate(alpha, beta)`: `alpha * (-log(u)) ** (1.0 / beta)`.
  func weibullvariate(alpha: Double, beta: Double) throws -> Double {
    let u = 1.0 - random()
    let base = -(try RandomMath.log(u))
    return alpha * (try RandomMath.power(base, try RandomMath.divide(1.0, beta)))
  }
}
