// Float /, %, //, divmod and ** with CPython's signs, zeros and errors;
// mirrors Objects/floatobject.c float_div, float_rem, _float_div_mod,
// float_floor_div, float_divmod and float_pow.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// Float arithmetic whose edge cases CPython defines itself.
enum FloatArithmetic {
  /// The result of `float ** float`.
  enum PowerResult: Equatable {
    case real(Double)
    /// A negative base with a non-integral exponent: CPython hands the
    /// operation to complex numbers (`(-8.0) ** (1/3)`).
    case complex
  }

  /// `v / w`.
  ///
  /// - Throws: `ZeroDivisionError` "float division by zero".
  static func divide(_ v: Double, _ w: Double) throws -> Double {
    if w == 0 { throw FormatError.zeroDivisionError("float division by zero") }
    return v / w
  }

  /// `v % w`: the remainder takes the sign of `w` (a zero too).
  ///
  /// - Throws: `ZeroDivisionError` "float modulo".
  static func remainder(_ v: Double, _ w: Double) throws -> Double {
    if w == 0 { throw FormatError.zeroDivisionError("float modulo") }
    var mod = fmod(v, w)
    if mod != 0 {
      if (w < 0) != (mod < 0) { mod += w }
    } else {
      // fmod's zero sign differs across platforms; CPython fixes it.
      mod = copysign(0.0, w)
    }
    return mod
  }

  /// `v // w`, snapped to an integral value.
  ///
  /// - Throws: `ZeroDivisionError` "float floor division by zero".
  static func floorDivide(_ v: Double, _ w: Double) throws -> Double {
    if w == 0 { throw FormatError.zeroDivisionError("float floor division by zero") }
    return divMod(v, w).quotient
  }

  /// `divmod(v, w)`.
  ///
  /// - Throws: `ZeroDivisionError` "float divmod()".
  static func divmod(_ v: Double, _ w: Double) throws -> (quotient: Double, remainder: Double) {
    if w == 0 { throw FormatError.zeroDivisionError("float divmod()") }
    return divMod(v, w)
  }

  /// Mirrors _float_div_mod.
  private static func divMod(_ vx: Double, _ wx: Double) -> (quotient: Double, remainder: Double) {
    var mod = fmod(vx, wx)
    // fmod is exact, so vx - mod is a multiple of wx up to rounding.
    var div = (vx - mod) / wx
    if mod != 0 {
      if (wx < 0) != (mod < 0) {
        mod += wx
        div -= 1.0
      }
    } else {
      mod = copysign(0.0, wx)
    }
    var floorDiv: Double
    if div != 0 {
      floorDiv = floor(div)
      if div - floorDiv > 0.5 { floorDiv += 1.0 }
    } else {
      // A zero quotient takes the sign of the true quotient.
      floorDiv = copysign(0.0, vx / wx)
    }
    return (floorDiv, mod)
  }

  /// `v ** w` for floats (no modulus); mirrors float_pow.
  ///
  /// - Throws: `ZeroDivisionError` "0.0 cannot be raised to a negative
  ///   power", `OverflowError` "(34, 'Numerical result out of range')".
  static func power(_ v: Double, _ w: Double) throws -> PowerResult {
    var iv = v
    let iw = w
    if iw == 0 { return .real(1.0) }  // v**0 is 1, even 0**0 and nan**0
    if iv.isNaN { return .real(iv) }
    if iw.isNaN { return .real(iv == 1.0 ? 1.0 : iw) }
    if iw.isInfinite {
      iv = iv.magnitude
      if iv == 1.0 { return .real(1.0) }
      if (iw > 0) == (iv > 1.0) { return .real(iw.magnitude) }
      return .real(0.0)
    }
    if iv.isInfinite {
      let odd = isOddInteger(iw)
      if iw > 0 { return .real(odd ? iv : iv.magnitude) }
      return .real(odd ? copysign(0.0, iv) : 0.0)
    }
    if iv == 0 {
      if iw < 0 {
        throw FormatError.zeroDivisionError("0.0 cannot be raised to a negative power")
      }
      return .real(isOddInteger(iw) ? iv : 0.0)
    }
    var negate = false
    if iv < 0 {
      if iw != floor(iw) { return .complex }
      iv = -iv
      negate = isOddInteger(iw)
    }
    if iv == 1.0 { return .real(negate ? -1.0 : 1.0) }
    // Finite, positive, not 1: the platform pow, with overflow reported the
    // way CPython reports errno ERANGE.
    let result = pow(iv, iw)
    if result.isInfinite {
      throw FormatError.overflowError("(34, 'Numerical result out of range')")
    }
    return .real(negate ? -result : result)
  }

  /// `base ** exponent` for ints with a negative exponent, which CPython
  /// computes as floats (long_pow → float_pow).
  ///
  /// - Throws: `OverflowError` "int too large to convert to float", or what
  ///   `power(_:_:)` throws.
  static func power(_ base: BigInt, negativeExponent exponent: BigInt) throws -> Double {
    let v = try IntFloat.toDouble(base)
    let w = try IntFloat.toDouble(exponent)
    switch try power(v, w) {
    case .real(let x): return x
    case .complex: return .nan  // unreachable: an int exponent is integral
    }
  }

  /// DOUBLE_IS_ODD_INTEGER.
  private static func isOddInteger(_ x: Double) -> Bool {
    fmod(x.magnitude, 2.0) == 1.0
  }
}
