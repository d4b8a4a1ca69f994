// round() for floats and ints; mirrors Objects/floatobject.c float___round__
// and double_round (the correctly rounded, short-float-repr version), and
// Objects/longobject.c int___round__ with _PyLong_DivmodNear.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// Python's `round()` for float and int.
enum NumericRounding {
  /// `round(x)` (ndigits None): the nearest int, ties to even.
  ///
  /// - Throws: `OverflowError` "cannot convert float infinity to integer",
  ///   `ValueError` "cannot convert float NaN to integer".
  static func round(_ x: Double) throws -> IntOrBigInt {
    var rounded = x.rounded(.toNearestOrAwayFromZero)
    if (x - rounded).magnitude == 0.5 {
      rounded = 2.0 * (x / 2.0).rounded(.toNearestOrAwayFromZero)
    }
    return try IntFloat.toInteger(rounded)
  }

  /// `round(x, ndigits)`: `x` rounded half-to-even on its exact binary value
  /// to a multiple of 10**-ndigits, then correctly rounded back to a float
  /// (`round(2.675, 2) == 2.67`); NaN and infinities come back unchanged.
  ///
  /// - Throws: `OverflowError` "rounded value too large to represent".
  static func round(_ x: Double, ndigits: Int) throws -> Double {
    if !x.isFinite { return x }
    // Beyond these every float rounds to itself, or to a signed zero
    // (NDIGITS_MAX and NDIGITS_MIN in float___round___impl).
    if ndigits > 323 { return x }
    if ndigits < -308 { return 0.0 * x }
    var text: [UInt8] = []
    if x.sign == .minus { text.append(UInt8(ascii: "-")) }
    let exponent: Int
    if ndigits >= 0 {
      let d = DecimalDigits.fixed(x, count: ndigits)
      text.append(contentsOf: d.digits)
      exponent = d.decimalPoint - d.digits.count
    } else {
      let q = roundedQuotient(x.magnitude, powerOfTen: -ndigits)
      text.append(contentsOf: q.description.utf8)
      exponent = -ndigits
    }
    text.append(UInt8(ascii: "e"))
    text.append(contentsOf: String(exponent).utf8)
    text.append(0)
    let rounded = text.withUnsafeBufferPointer { buffer -> Double in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { strtod($0, nil) }
      } ?? 0
    }
    if rounded.isInfinite {
      throw FormatError.overflowError("rounded value too large to represent")
    }
    return rounded
  }

  /// round(x / 10**k), ties to even, for finite x >= 0, exactly.
  private static func roundedQuotient(_ x: Double, powerOfTen k: Int) -> BigUInt {
    if x == 0 { return 0 }
    let m = BigUInt(x.significandBitPattern | (x.isNormal ? 1 << 52 : 0))
    let e = Int(x.isNormal ? x.exponent : Double.leastNormalMagnitude.exponent) - 52
    var numerator = m
    var denominator = BigUInt(10).power(k)
    if e >= 0 {
      numerator <<= e
    } else {
      denominator <<= -e
    }
    return divideNearest(numerator, denominator)
  }

  /// round(a / b) with ties to even; mirrors _PyLong_DivmodNear.
  private static func divideNearest(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
    let (quotient, remainder) = a.quotientAndRemainder(dividingBy: b)
    let twice = remainder << 1
    let odd = quotient.words.first.map { $0 & 1 == 1 } ?? false
    if twice > b || (twice == b && odd) { return quotient + 1 }
    return quotient
  }

  /// `round(v, ndigits)` for an int: `v` itself for ndigits >= 0, else the
  /// nearest multiple of 10**-ndigits, ties to even (`round(25, -1) == 20`).
  static func round(_ v: BigInt, ndigits: Int) -> BigInt {
    if ndigits >= 0 || v.isZero { return v }
    let k = ndigits == Int.min ? Int.max : -ndigits
    // |v| < 10**(k-1) <= 10**k / 2 rounds to zero; skip computing 10**k.
    let maxDigits = Int(Double(v.magnitude.bitWidth) * 0.30103) + 1
    if k > maxDigits + 1 { return 0 }
    let unit = BigUInt(10).power(k)
    let q = divideNearest(v.magnitude, unit)
    return BigInt(sign: v.sign, magnitude: q * unit)
  }

  /// `round(v, ndigits)` for a machine int.
  static func round(_ v: Int, ndigits: Int) -> IntOrBigInt {
    if ndigits >= 0 { return .small(v) }
    return IntOrBigInt(round(BigInt(v), ndigits: ndigits))
  }
}
