// Python's float operations as Lib/random.py uses them, with CPython 3.11's
// exceptions: the math module's log/exp/sqrt/cos/sin/acos (math_1 and
// m_log in Modules/mathmodule.c), float division, % and ** (float_div,
// float_rem, float_pow in Objects/floatobject.c), and int → float.
// Results come from the same libm CPython uses, so they are bit-identical.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// Python float arithmetic that can raise, as the random algorithms need it.
enum RandomMath {
  private static let domainError = RandomError.valueError("math domain error")
  private static let rangeError = RandomError.overflowError("math range error")

  /// `math.log(x)`: `ValueError` for x ≤ 0 and -inf (m_log).
  static func log(_ x: Double) throws -> Double {
    if x.isNaN { return x }
    if x > 0 { return x.isInfinite ? x : libmLog(x) }
    throw domainError
  }

  /// `math.exp(x)`: `OverflowError` "math range error" when a finite x
  /// overflows.
  static func exp(_ x: Double) throws -> Double {
    let r = libmExp(x)
    if r.isInfinite && x.isFinite { throw rangeError }
    return r
  }

  /// `math.sqrt(x)`: `ValueError` for negative x.
  static func sqrt(_ x: Double) throws -> Double {
    try checked(libmSqrt(x), x)
  }

  /// `math.cos(x)`: `ValueError` for infinite x.
  static func cos(_ x: Double) throws -> Double {
    try checked(libmCos(x), x)
  }

  /// `math.sin(x)`: `ValueError` for infinite x.
  static func sin(_ x: Double) throws -> Double {
    try checked(libmSin(x), x)
  }

  /// `math.acos(x)`: `ValueError` outside [-1, 1].
  static func acos(_ x: Double) throws -> Double {
    try checked(libmAcos(x), x)
  }

  /// math_1's check for functions that cannot overflow: a NaN from a
  /// non-NaN argument, or an infinity from a finite one, is a domain error.
  private static func checked(_ r: Double, _ x: Double) throws -> Double {
    if r.isNaN && !x.isNaN { throw domainError }
    if r.isInfinite && x.isFinite { throw domainError }
    return r
  }

  /// `a / b` for floats: `ZeroDivisionError` "float division by zero".
  static func divide(_ a: Double, _ b: Double) throws -> Double {
    if b == 0 { throw RandomError.zeroDivisionError("float division by zero") }
    return a / b
  }

  /// `a % b` for floats (float_rem): the result takes the divisor's sign.
  static func remainder(_ a: Double, _ b: Double) throws -> Double {
    if b == 0 { throw RandomError.zeroDivisionError("float modulo") }
    var mod = libmFmod(a, b)
    if mod != 0 {
      if (b < 0) != (mod < 0) { mod += b }
    } else {
      mod = Double(signOf: b, magnitudeOf: 0)
    }
    return mod
  }

  /// `a ** b` for floats (float_pow), with its special cases ahead of libm.
  ///
  /// A negative base with a fractional exponent gives a complex number in
  /// Python; the random algorithms never get there (their bases are never
  /// negative), so it yields NaN here.
  static func power(_ base: Double, _ exponent: Double) throws -> Double {
    var iv = base
    let iw = exponent
    if iw == 0 { return 1 }
    if iv.isNaN { return iv }
    if iw.isNaN { return iv == 1 ? 1 : iw }
    if iw.isInfinite {
      iv = Swift.abs(iv)
      if iv == 1 { return 1 }
      if (iw > 0) == (iv > 1) { return Swift.abs(iw) }
      return 0
    }
    let iwIsOdd = isOddInteger(iw)
    if iv.isInfinite {
      if iw > 0 { return iwIsOdd ? iv : Swift.abs(iv) }
      return iwIsOdd ? Double(signOf: iv, magnitudeOf: 0) : 0
    }
    if iv == 0 {
      if iw < 0 {
        throw RandomError.zeroDivisionError("0.0 cannot be raised to a negative power")
      }
      return iwIsOdd ? iv : 0
    }
    var negate = false
    if iv < 0 {
      if iw != iw.rounded(.down) { return .nan }
      iv = -iv
      negate = iwIsOdd
    }
    if iv == 1 { return negate ? -1 : 1 }
    let r = libmPow(iv, iw)
    // _Py_ADJUST_ERANGE1: an infinite result from finite operands is ERANGE.
    if r.isInfinite {
      throw RandomError.overflowError("(34, 'Numerical result out of range')")
    }
    return negate ? -r : r
  }

  /// DOUBLE_IS_ODD_INTEGER: finite, integral and odd.
  private static func isOddInteger(_ x: Double) -> Bool {
    x.isFinite && libmFmod(Swift.abs(x), 2.0) == 1.0
  }

  /// `float(n)` for an int: correctly rounded (half to even), and
  /// `OverflowError` "int too large to convert to float" past the float range.
  static func double(_ n: BigInt) throws -> Double {
    let magnitude = n.magnitude
    let width = magnitude.bitWidth
    var result: Double
    if width <= 64 {
      // Swift rounds UInt64 → Double to nearest, ties to even.
      result = Double(UInt64(magnitude))
    } else {
      // Keep 55 top bits plus a sticky bit so the one rounding below is exact.
      let shift = width - 55
      if shift > 1100 { throw RandomError.intTooLargeForFloat }
      var top = UInt64(magnitude >> shift)
      if magnitude.trailingZeroBitCount < shift { top |= 1 }
      result = Double(top) * Double(sign: .plus, exponent: shift, significand: 1.0)
    }
    if result.isInfinite { throw RandomError.intTooLargeForFloat }
    return n.sign == .minus ? -result : result
  }
}

// The C library's functions under names the static members above do not
// shadow, qualified so that no other global of the module can capture them.
#if canImport(Glibc)
private func libmLog(_ x: Double) -> Double { Glibc.log(x) }
private func libmExp(_ x: Double) -> Double { Glibc.exp(x) }
private func libmSqrt(_ x: Double) -> Double { Glibc.sqrt(x) }
private func libmCos(_ x: Double) -> Double { Glibc.cos(x) }
private func libmSin(_ x: Double) -> Double { Glibc.sin(x) }
private func libmAcos(_ x: Double) -> Double { Glibc.acos(x) }
private func libmPow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
private func libmFmod(_ x: Double, _ y: Double) -> Double { Glibc.fmod(x, y) }
#elseif canImport(Darwin)
private func libmLog(_ x: Double) -> Double { Darwin.log(x) }
private func libmExp(_ x: Double) -> Double { Darwin.exp(x) }
private func libmSqrt(_ x: Double) -> Double { Darwin.sqrt(x) }
private func libmCos(_ x: Double) -> Double { Darwin.cos(x) }
private func libmSin(_ x: Double) -> Double { Darwin.sin(x) }
private func libmAcos(_ x: Double) -> Double { Darwin.acos(x) }
private func libmPow(_ x: Double, _ y: Double) -> Double { Darwin.pow(x, y) }
private func libmFmod(_ x: Double, _ y: Double) -> Double { Darwin.fmod(x, y) }
#endif
