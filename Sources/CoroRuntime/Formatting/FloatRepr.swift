// repr(float) and the digit layout behind every float formatter; mirrors
// Python/pystrtod.c PyOS_double_to_string and format_float_short.

/// Turns doubles into text the way CPython's `PyOS_double_to_string` does.
enum FloatRepr {
  /// The presentation codes `PyOS_double_to_string` understands.
  enum Code: UInt8 {
    case e = 0x65, upperE = 0x45, f = 0x66, upperF = 0x46, g = 0x67, upperG = 0x47
    /// repr: shortest round-trip digits (`float_repr_style == 'short'`).
    case r = 0x72
  }

  /// The `Py_DTSF_*` flags.
  struct Options: OptionSet {
    let rawValue: UInt8
    /// `Py_DTSF_SIGN`: always write a sign.
    static let sign = Options(rawValue: 1)
    /// `Py_DTSF_ADD_DOT_0`: give integral values a `.0`.
    static let addDot0 = Options(rawValue: 2)
    /// `Py_DTSF_ALT`: `#` alternate form, keep the point and trailing zeros.
    static let alt = Options(rawValue: 4)
    /// `Py_DTSF_NO_NEG_0`: `z`, drop the sign of a result that reads as zero.
    static let noNegativeZero = Options(rawValue: 8)
  }

  /// `repr(x)` (and `str(x)`): `0.1`, `1e+16`, `1e-05`, `100.0`, `-0.0`,
  /// `inf`, `nan`; mirrors Objects/floatobject.c float_repr.
  static func repr(_ x: Double) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(24)
    format(x, code: .r, precision: 0, options: .addDot0, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// `PyOS_double_to_string(x, code, precision, options)` as a String.
  static func string(_ x: Double, code: Code, precision: Int, options: Options = []) -> String {
    var out: [UInt8] = []
    format(x, code: code, precision: precision, options: options, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `PyOS_double_to_string(x, code, precision, options)` to `out`.
  ///
  /// `precision` counts digits after the point for e and f, significant
  /// digits for g (0 meaning 1) and is ignored for r. Callers bound it.
  static func format(
    _ x: Double, code: Code, precision: Int, options: Options, into out: inout [UInt8]
  ) {
    let upper = code == .upperE || code == .upperF || code == .upperG
    var precision = precision
    let lowered: UInt8
    switch code {
    case .e, .upperE:
      lowered = UInt8(ascii: "e")
      precision += 1
    case .f, .upperF:
      lowered = UInt8(ascii: "f")
    case .g, .upperG:
      lowered = UInt8(ascii: "g")
      if precision == 0 { precision = 1 }
    case .r:
      lowered = UInt8(ascii: "r")
      precision = 0
    }
    formatShort(x, code: lowered, precision: precision, options: options, upper: upper, into: &out)
  }

  /// Port of format_float_short: lays `x`'s digits out with zero padding, a
  /// decimal point and maybe an exponent.
  private static func formatShort(
    _ x: Double, code: UInt8, precision: Int, options: Options, upper: Bool,
    into out: inout [UInt8]
  ) {
    let addDot0 = options.contains(.addDot0)
    let alt = options.contains(.alt)
    if !x.isFinite {
      // Gay's code reports these as "Infinity" and "NaN"; CPython ignores the
      // sign of a NaN.
      if x.isNaN {
        if options.contains(.sign) { out.append(UInt8(ascii: "+")) }
        out.append(contentsOf: upper ? nanUpper : nanLower)
      } else {
        if x < 0 {
          out.append(UInt8(ascii: "-"))
        } else if options.contains(.sign) {
          out.append(UInt8(ascii: "+"))
        }
        out.append(contentsOf: upper ? infUpper : infLower)
      }
      return
    }
    let result: DecimalDigits
    switch code {
    case UInt8(ascii: "r"): result = DecimalDigits.shortest(x)
    case UInt8(ascii: "f"): result = DecimalDigits.fixed(x, count: precision)
    default: result = DecimalDigits.significant(x, count: precision)
    }
    let digits = result.digits
    var decpt = result.decimalPoint
    var negative = x.sign == .minus
    if options.contains(.noNegativeZero) && negative && digits == [UInt8(ascii: "0")] {
      negative = false
    }
    let digitsLen = digits.count
    var vdigitsEnd = digitsLen
    var useExp = false
    switch code {
    case UInt8(ascii: "e"):
      useExp = true
      vdigitsEnd = precision
    case UInt8(ascii: "f"):
      vdigitsEnd = decpt + precision
    case UInt8(ascii: "g"):
      if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
      if alt { vdigitsEnd = precision }
    default:
      // 'r': switch to an exponent at 1e16 (see format_float_short).
      if decpt <= -4 || decpt > 16 { useExp = true }
    }
    var exp = 0
    if useExp {
      exp = decpt - 1
      decpt = 1
    }
    // Ensure vdigitsStart < decpt <= vdigitsEnd (strictly below vdigitsEnd
    // when a ".0" is wanted and there is no exponent).
    let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
    if !useExp && addDot0 {
      vdigitsEnd = max(vdigitsEnd, decpt + 1)
    } else {
      vdigitsEnd = max(vdigitsEnd, decpt)
    }
    out.reserveCapacity(out.count + (vdigitsEnd - vdigitsStart) + 8)
    if negative {
      out.append(UInt8(ascii: "-"))
    } else if options.contains(.sign) {
      out.append(UInt8(ascii: "+"))
    }
    let zero = UInt8(ascii: "0")
    let point = UInt8(ascii: ".")
    // Zero padding on the left of the digit string.
    if decpt <= 0 {
      appendRepeating(zero, decpt - vdigitsStart, to: &out)
      out.append(point)
      appendRepeating(zero, -decpt, to: &out)
    } else {
      appendRepeating(zero, -vdigitsStart, to: &out)
    }
    // The digits, with the decimal point if it falls among them.
    if decpt > 0 && decpt <= digitsLen {
      out.append(contentsOf: digits[0..<decpt])
      out.append(point)
      out.append(contentsOf: digits[decpt...])
    } else {
      out.append(contentsOf: digits)
    }
    // Zeros on the right.
    if digitsLen < decpt {
      appendRepeating(zero, decpt - digitsLen, to: &out)
      out.append(point)
      appendRepeating(zero, vdigitsEnd - decpt, to: &out)
    } else {
      appendRepeating(zero, vdigitsEnd - digitsLen, to: &out)
    }
    // Drop a trailing decimal point unless in alternate form.
    if out.last == point && !alt { out.removeLast() }
    if useExp {
      out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
      // C's "%+.02d": a sign and at least two digits.
      out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
      let magnitude = exp.magnitude
      if magnitude < 10 { out.append(zero) }
      appendDecimal(magnitude, to: &out)
    }
  }

  private static func appendRepeating(_ byte: UInt8, _ count: Int, to out: inout [UInt8]) {
    if count > 0 { out.append(contentsOf: repeatElement(byte, count: count)) }
  }

  private static func appendDecimal(_ value: UInt, to out: inout [UInt8]) {
    var buffer: [UInt8] = []
    var v = value
    repeat {
      buffer.append(UInt8(48 + v % 10))
      v /= 10
    } while v > 0
    out.append(contentsOf: buffer.reversed())
  }

  private static let infLower: [UInt8] = Array("inf".utf8)
  private static let infUpper: [UInt8] = Array("INF".utf8)
  private static let nanLower: [UInt8] = Array("nan".utf8)
  private static let nanUpper: [UInt8] = Array("NAN".utf8)
}
