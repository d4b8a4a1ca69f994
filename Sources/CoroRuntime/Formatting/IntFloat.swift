// Exact conversions and mixed arithmetic between Python ints and floats;
// mirrors Objects/longobject.c PyLong_AsDouble, PyLong_FromDouble and
// long_true_divide, and Objects/floatobject.c float_richcompare.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// The outcome of comparing an int with a float exactly.
enum NumericOrder: Equatable {
  case less, equal, greater
  /// The float is a NaN: every comparison but `!=` is false.
  case unordered
}

/// Int ↔ float conversions, int / int, and int-float comparisons, all exact
/// or correctly rounded as CPython's.
enum IntFloat {
  /// `float(v)`: correctly rounded (ties to even).
  ///
  /// - Throws: `OverflowError` "int too large to convert to float".
  static func toDouble(_ v: BigInt) throws -> Double {
    let m = v.magnitude
    let negative = v.sign == .minus
    if m.words.count <= 1 {
      let d = Double(m.isZero ? 0 : UInt64(m.words[0]))
      return negative ? -d : d
    }
    // Keep the top 64 bits with a sticky bit for everything below: enough
    // for UInt64 → Double to round exactly as the whole number would.
    let shift = m.bitWidth - 64
    var top = UInt64((m >> shift).words[0])
    if m.trailingZeroBitCount < shift { top |= 1 }
    let d = ldexp(Double(top), Int32(clamping: shift))
    if d.isInfinite { throw FormatError.overflowError("int too large to convert to float") }
    return negative ? -d : d
  }

  /// `int(x)` for a float: truncated toward zero, exactly.
  ///
  /// - Throws: `OverflowError` "cannot convert float infinity to integer",
  ///   `ValueError` "cannot convert float NaN to integer".
  static func toInteger(_ x: Double) throws -> IntOrBigInt {
    if x.isNaN { throw FormatError.valueError("cannot convert float NaN to integer") }
    if x.isInfinite {
      throw FormatError.overflowError("cannot convert float infinity to integer")
    }
    let t = x.rounded(.towardZero)
    if t.magnitude < 9.223372036854775808e18 { return .small(Int(t)) }
    let significand = BigUInt(t.significandBitPattern | (1 << 52))
    let magnitude = significand << (Int(t.exponent) - 52)
    return .big(BigInt(sign: t < 0 ? .minus : .plus, magnitude: magnitude))
  }

  /// `int(x)` for a float, always as a BigInt.
  static func toBigInt(_ x: Double) throws -> BigInt {
    try toInteger(x).bigInt
  }

  /// `a / b` for ints, correctly rounded; mirrors long_true_divide.
  ///
  /// - Throws: `ZeroDivisionError` "division by zero".
  static func trueDivide(_ a: Int, _ b: Int) throws -> Double {
    if b == 0 { throw FormatError.zeroDivisionError("division by zero") }
    let limit: UInt = 1 << 53
    if a.magnitude < limit && b.magnitude < limit {
      let negate = (a < 0) != (b < 0)
      let q = Double(a.magnitude) / Double(b.magnitude)
      return negate ? -q : q
    }
    return try trueDivide(BigInt(a), BigInt(b))
  }

  /// `a / b` for big ints, correctly rounded; mirrors long_true_divide.
  ///
  /// - Throws: `ZeroDivisionError` "division by zero", `OverflowError`
  ///   "integer division result too large for a float".
  static func trueDivide(_ a: BigInt, _ b: BigInt) throws -> Double {
    if b.isZero { throw FormatError.zeroDivisionError("division by zero") }
    let negate = (a.sign == .minus && !a.isZero) != (b.sign == .minus)
    let am = a.magnitude
    let bm = b.magnitude
    let mantDig = 53
    let minExp = -1021
    let maxExp = 1024
    if am.bitWidth <= mantDig && bm.bitWidth <= mantDig {
      // Both exact in a double: one correctly rounded division.
      let q = Double(am.isZero ? 0 : UInt64(am.words[0])) / Double(UInt64(bm.words[0]))
      return negate ? -q : q
    }
    let zero = negate ? -0.0 : 0.0
    if am.isZero { return zero }
    let diff = am.bitWidth - bm.bitWidth
    if diff > maxExp { throw overflow }
    if diff < minExp - mantDig - 1 { return zero }
    // x = a * 2**-shift // b has mantDig + 2 or mantDig + 3 bits (fewer in
    // the subnormal range), so it fits in a UInt64.
    let shift = max(diff, minExp) - mantDig - 2
    var inexact = false
    let scaled: BigUInt
    if shift <= 0 {
      scaled = am << (-shift)
    } else {
      scaled = am >> shift
      inexact = am.trailingZeroBitCount < shift
    }
    let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: bm)
    if !remainder.isZero { inexact = true }
    let xBits = quotient.bitWidth
    var low = UInt64(quotient.isZero ? 0 : quotient.words[0])
    // Round half to even on the bits that do not fit, the sticky bit
    // standing for everything lost above.
    let extraBits = max(xBits, minExp - shift) - mantDig
    let mask = UInt64(1) << UInt64(extraBits - 1)
    if inexact { low |= 1 }
    if low & mask != 0 && low & (3 &* mask &- 1) != 0 { low &+= mask }
    low &= ~(2 &* mask &- 1)
    let dx = Double(low)
    if shift + xBits >= maxExp
      && (shift + xBits > maxExp || dx == ldexp(1.0, Int32(xBits)))
    {
      throw overflow
    }
    let result = ldexp(dx, Int32(shift))
    return negate ? -result : result
  }

  private static let overflow = FormatError.overflowError(
    "integer division result too large for a float")

  /// Compares an int with a float exactly, as `a < x`, `a == x` etc. do.
  static func compare(_ a: Int, _ x: Double) -> NumericOrder {
    if x.isNaN { return .unordered }
    if a.magnitude <= (1 << 53) { return order(Double(a), x) }
    if x >= 9.223372036854775808e18 { return .less }
    if x < -9.223372036854775808e18 { return .greater }
    let t = x.rounded(.towardZero)
    let ti = Int(t)
    if a != ti { return a < ti ? .less : .greater }
    // Same integer part: the fraction decides.
    let fraction = x - t
    return fraction == 0 ? .equal : fraction > 0 ? .less : .greater
  }

  /// Compares a big int with a float exactly (`10**400 > 1e308`,
  /// `2**53 + 1 != 2.0**53`).
  static func compare(_ a: BigInt, _ x: Double) -> NumericOrder {
    if x.isNaN { return .unordered }
    if let small = Int(exactly: a) { return compare(small, x) }
    // |a| >= 2**63 here, so a's sign decides against any smaller float.
    if x.isInfinite { return x > 0 ? .less : .greater }
    let aNegative = a.sign == .minus
    if aNegative != (x < 0) || x == 0 { return aNegative ? .less : .greater }
    let t = x.rounded(.towardZero)
    let magnitudeOrder: NumericOrder
    if t.magnitude < 9.223372036854775808e18 {
      magnitudeOrder = .greater
    } else {
      let tm = BigUInt(t.significandBitPattern | (1 << 52)) << (Int(t.exponent) - 52)
      if a.magnitude != tm {
        magnitudeOrder = a.magnitude < tm ? .less : .greater
      } else {
        magnitudeOrder = t == x ? .equal : .less
      }
    }
    if !aNegative { return magnitudeOrder }
    switch magnitudeOrder {
    case .less: return .greater
    case .greater: return .less
    default: return magnitudeOrder
    }
  }

  private static func order(_ a: Double, _ b: Double) -> NumericOrder {
    a < b ? .less : a > b ? .greater : .equal
  }
}
