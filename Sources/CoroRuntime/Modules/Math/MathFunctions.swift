// The float algorithms of Modules/mathmodule.c that are not plain libm
// calls: gamma and lgamma (Lanczos), fsum (Shewchuk's exact partials),
// the vector norm behind hypot and dist, pow's special cases, and the
// log of ints too large for a float. Same operations in the same order,
// so that the results are bit-identical to CPython's.

import BigInt

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a math function failed: CPython's errno after the call.
enum MathFailure: Error {
  /// EDOM: ValueError "math domain error".
  case domain
  /// ERANGE: OverflowError "math range error".
  case range
}

enum MathFunctions {
  // MARK: - Gamma

  private static let pi = 3.141592653589793238462643383279502884197
  private static let logPi = 1.144729885849400174143427351353058711647
  private static let lanczosG = 6.024680040776729583740234375
  private static let lanczosGMinusHalf = 5.524680040776729583740234375
  private static let lanczosNumerator: [Double] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
  ]
  private static let lanczosDenominator: [Double] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
  ]

  private static func lanczosSum(_ x: Double) -> Double {
    var num = 0.0
    var den = 0.0
    if x < 5.0 {
      for i in stride(from: 12, through: 0, by: -1) {
        num = num * x + lanczosNumerator[i]
        den = den * x + lanczosDenominator[i]
      }
    } else {
      for i in 0..<13 {
        num = num / x + lanczosNumerator[i]
        den = den / x + lanczosDenominator[i]
      }
    }
    return num / den
  }

  /// `sin(pi * x)`, accurate for large x (m_sinpi).
  private static func sinPi(_ x: Double) -> Double {
    let y = fmod(Swift.abs(x), 2.0)
    let n = Int((2.0 * y).rounded(.toNearestOrAwayFromZero))
    let r: Double
    switch n {
    case 0: r = sin(pi * y)
    case 1: r = cos(pi * (y - 0.5))
    case 2: r = sin(pi * (1.0 - y))
    case 3: r = -cos(pi * (y - 1.5))
    default: r = sin(pi * (y - 2.0))
    }
    return copysign(1.0, x) * r
  }

  /// `math.gamma(x)` (m_tgamma).
  static func gamma(_ x: Double) throws -> Double {
    if !x.isFinite {
      if x.isNaN || x > 0 { return x }
      throw MathFailure.domain
    }
    if x == 0 { throw MathFailure.domain }
    if x == x.rounded(.down) {
      if x < 0 { throw MathFailure.domain }
      if x <= 23 {
        var f = 1.0
        var i = 2.0
        while i < x {
          f *= i
          i += 1
        }
        return f
      }
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 {
      let r = 1.0 / x
      if r.isInfinite { throw MathFailure.range }
      return r
    }
    if absx > 200.0 {
      if x < 0 { return 0.0 / sinPi(x) }
      throw MathFailure.range
    }
    let y = absx + lanczosGMinusHalf
    var z: Double
    if absx > lanczosGMinusHalf {
      let q = y - absx
      z = q - lanczosGMinusHalf
    } else {
      let q = y - lanczosGMinusHalf
      z = q - absx
    }
    z = z * lanczosG / y
    var r: Double
    if x < 0 {
      r = -pi / sinPi(absx) / absx * exp(y) / lanczosSum(absx)
      r -= z * r
      if absx < 140.0 {
        r /= pow(y, absx - 0.5)
      } else {
        let sqrtpow = pow(y, absx / 2.0 - 0.25)
        r /= sqrtpow
        r /= sqrtpow
      }
    } else {
      r = lanczosSum(absx) / exp(y)
      r += z * r
      if absx < 140.0 {
        r *= pow(y, absx - 0.5)
      } else {
        let sqrtpow = pow(y, absx / 2.0 - 0.25)
        r *= sqrtpow
        r *= sqrtpow
      }
    }
    if r.isInfinite { throw MathFailure.range }
    return r
  }

  /// `math.lgamma(x)` (m_lgamma).
  static func lgamma(_ x: Double) throws -> Double {
    if !x.isFinite { return x.isNaN ? x : .infinity }
    if x == x.rounded(.down) && x <= 2.0 {
      if x <= 0 { throw MathFailure.domain }
      return 0.0
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 { return -log(absx) }
    var r = log(lanczosSum(absx)) - lanczosG
    r += (absx - 0.5) * (log(absx + lanczosG - 0.5) - 1)
    if x < 0 {
      r = logPi - log(Swift.abs(sinPi(absx))) - log(absx) - r
    }
    if r.isInfinite { throw MathFailure.range }
    return r
  }

  // MARK: - pow, log

  /// `math.pow(x, y)` with CPython's handling of IEEE specials.
  static func power(_ x: Double, _ y: Double) throws -> Double {
    if !x.isFinite || !y.isFinite {
      if x.isNaN { return y == 0 ? 1 : x }
      if y.isNaN { return x == 1 ? 1 : y }
      if x.isInfinite {
        let oddY = y.isFinite && fmod(Swift.abs(y), 2.0) == 1.0
        if y > 0 { return oddY ? x : Swift.abs(x) }
        if y == 0 { return 1 }
        return oddY ? copysign(0, x) : 0
      }
      if Swift.abs(x) == 1 { return 1 }
      if y > 0 && Swift.abs(x) > 1 { return y }
      if y < 0 && Swift.abs(x) < 1 { return -y }
      return 0
    }
    let r = libmPow(x, y)
    if r.isNaN { throw MathFailure.domain }
    if r.isInfinite { throw x == 0 ? MathFailure.domain : MathFailure.range }
    return r
  }

  /// m_log, m_log2, m_log10: domain errors for x <= 0.
  static func logarithm(_ x: Double, _ f: (Double) -> Double) throws -> Double {
    if x.isFinite {
      if x > 0 { return f(x) }
      throw MathFailure.domain
    }
    if x.isNaN || x > 0 { return x }
    throw MathFailure.domain
  }

  /// The log of a positive int of any size (loghelper): through a float
  /// when it converts, else `f(m) + f(2) * e` with `n ≈ m * 2**e`.
  static func logarithm(_ n: BigInt, _ f: (Double) -> Double) throws -> Double {
    if n.sign == .minus || n.isZero { throw MathFailure.domain }
    if let d = try? IntFloat.toDouble(n) { return f(d) }
    let (m, e) = bigFrexp(n)
    return f(m) + f(2.0) * Double(e)
  }

  /// `_PyLong_Frexp`: n ≈ m * 2**e with 0.5 <= m < 1, m correctly rounded.
  static func bigFrexp(_ n: BigInt) -> (Double, Int) {
    let magnitude = n.magnitude
    let bits = magnitude.bitWidth
    var top: UInt64
    if bits <= 64 {
      top = UInt64(magnitude) << UInt64(64 - bits)
    } else {
      let shift = bits - 64
      top = UInt64((magnitude >> shift).words[0])
      if magnitude.trailingZeroBitCount < shift { top |= 1 }
    }
    var m = scalbn(Double(top), -64)
    var e = bits
    if m == 1.0 {
      m = 0.5
      e += 1
    }
    return (n.sign == .minus ? -m : m, e)
  }

  // MARK: - hypot and dist

  /// The Euclidean norm of `vec` (all finite, |x| <= max), vector_norm.
  static func vectorNorm(_ values: [Double], max maximum: Double, foundNaN: Bool) -> Double {
    var vec = values
    if maximum.isInfinite { return maximum }
    if foundNaN { return .nan }
    if maximum == 0 || vec.count <= 1 { return maximum }
    var maxE: Int32 = 0
    _ = frexp(maximum, &maxE)
    if maxE < -1023 {
      let dblMin = Double.leastNormalMagnitude
      for i in vec.indices { vec[i] /= dblMin }
      return dblMin * vectorNorm(vec, max: maximum / dblMin, foundNaN: foundNaN)
    }
    let scale = ldexp(1.0, -maxE)
    var csum = 1.0
    var frac1 = 0.0
    var frac2 = 0.0
    for v in vec {
      let x = v * scale
      let (prHi, prLo) = exactProduct(x, x)
      let (smHi, smLo) = fastSum(csum, prHi)
      csum = smHi
      frac1 += prLo
      frac2 += smLo
    }
    var h = (csum - 1.0 + (frac1 + frac2)).squareRoot()
    let (prHi, prLo) = exactProduct(-h, h)
    let (smHi, smLo) = fastSum(csum, prHi)
    csum = smHi
    frac1 += prLo
    frac2 += smLo
    let x = csum - 1.0 + (frac1 + frac2)
    h += x / (2.0 * h)
    return h / scale
  }

  private static func fastSum(_ a: Double, _ b: Double) -> (Double, Double) {
    let x = a + b
    let z = x - a
    return (x, b - z)
  }

  private static func exactProduct(_ x: Double, _ y: Double) -> (Double, Double) {
    let z = x * y
    return (z, fma(x, y, -z))
  }

  // MARK: - fsum

  /// `math.fsum`: the exactly rounded sum (msum with Shewchuk's partials).
  ///
  /// - Throws: `FormatError` OverflowError "intermediate overflow in fsum",
  ///   ValueError "-inf + inf in fsum".
  struct Summation {
    private var partials: [Double] = []
    private var specialSum = 0.0
    private var infSum = 0.0

    mutating func add(_ value: Double) throws {
      var x = value
      var i = 0
      for j in 0..<partials.count {
        var y = partials[j]
        if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
        let hi = x + y
        let yr = hi - x
        let lo = y - yr
        if lo != 0 {
          partials[i] = lo
          i += 1
        }
        x = hi
      }
      partials.removeSubrange(i...)
      if x != 0 {
        if !x.isFinite {
          if value.isFinite {
            throw FormatError.overflowError("intermediate overflow in fsum")
          }
          if value.isInfinite { infSum += value }
          specialSum += value
          partials.removeAll()
        } else {
          partials.append(x)
        }
      }
    }

    func total() throws -> Double {
      if specialSum != 0 {
        if infSum.isNaN { throw FormatError.valueError("-inf + inf in fsum") }
        return specialSum
      }
      let p = partials
      var hi = 0.0
      var n = p.count
      if n == 0 { return hi }
      n -= 1
      hi = p[n]
      var lo = 0.0
      while n > 0 {
        let x = hi
        n -= 1
        let y = p[n]
        hi = x + y
        let yr = hi - x
        lo = y - yr
        if lo != 0 { break }
      }
      if n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0)) {
        let y = lo * 2.0
        let x = hi + y
        let yr = x - hi
        if y == yr { hi = x }
      }
      return hi
    }
  }
}

/// libm's pow, out of reach of `MathFunctions.power`'s name.
private func libmPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
