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
    string(x, code: .r, precision: 0, options: .addDot0)
  }

  /// `PyOS_double_to_string(x, code, precision, options)` as a String,
  /// followed by `suffix` (0 for none; `%` for the percent type).
  static func string(
    _ x: Double, code: Code, precision: Int, options: Options = [], suffix: UInt8 = 0
  ) -> String {
    let plan = Plan(x, code: code, precision: precision, options: options)
    let extra = suffix == 0 ? 0 : 1
    return String(unsafeUninitializedCapacity: plan.capacity + extra) { buffer in
      var end = plan.write(into: buffer, at: 0)
      if suffix != 0 {
        buffer[end] = suffix
        end += 1
      }
      return end
    }
  }

  /// Appends `PyOS_double_to_string(x, code, precision, options)` to `out`.
  ///
  /// `precision` counts digits after the point for e and f, significant
  /// digits for g (0 meaning 1) and is ignored for r. Callers bound it.
  static func format(
    _ x: Double, code: Code, precision: Int, options: Options, into out: inout [UInt8]
  ) {
    let plan = Plan(x, code: code, precision: precision, options: options)
    let start = out.count
    out.append(contentsOf: repeatElement(0, count: plan.capacity))
    let end = out.withUnsafeMutableBufferPointer { plan.write(into: $0, at: start) }
    out.removeLast(out.count - end)
  }

  /// What format_float_short decides before writing: the digits, where the
  /// point goes, how much zero padding, and the exponent.
  private struct Plan {
    var digits: [UInt8] = []
    /// `-`, `+` or 0.
    var sign: UInt8 = 0
    /// For inf and nan, the whole text after the sign.
    var special: StaticString?
    var decpt = 0
    var vdigitsStart = 0
    var vdigitsEnd = 0
    var useExp = false
    var exp = 0
    var alt = false
    var upper = false

    /// An upper bound on the bytes `write` produces.
    var capacity: Int {
      special != nil ? 4 : 3 + (vdigitsEnd - vdigitsStart) + (useExp ? 6 : 0)
    }

    /// Port of format_float_short up to the point where it writes.
    init(_ x: Double, code: Code, precision: Int, options: Options) {
      upper = code == .upperE || code == .upperF || code == .upperG
      alt = options.contains(.alt)
      let addDot0 = options.contains(.addDot0)
      var precision = precision
      switch code {
      case .e, .upperE: precision += 1
      case .g, .upperG: if precision == 0 { precision = 1 }
      case .r: precision = 0
      default: break
      }
      if !x.isFinite {
        // Gay's code reports "Infinity" and "NaN"; CPython drops a NaN's sign.
        if x.isNaN {
          if options.contains(.sign) { sign = UInt8(ascii: "+") }
          special = upper ? "NAN" : "nan"
        } else {
          if x < 0 {
            sign = UInt8(ascii: "-")
          } else if options.contains(.sign) {
            sign = UInt8(ascii: "+")
          }
          special = upper ? "INF" : "inf"
        }
        return
      }
      let result: DecimalDigits
      switch code {
      case .r: result = DecimalDigits.shortest(x)
      case .f, .upperF: result = DecimalDigits.fixed(x, count: precision)
      default: result = DecimalDigits.significant(x, count: precision)
      }
      digits = result.digits
      decpt = result.decimalPoint
      var negative = x.sign == .minus
      if options.contains(.noNegativeZero) && negative && digits == [UInt8(ascii: "0")] {
        negative = false
      }
      if negative {
        sign = UInt8(ascii: "-")
      } else if options.contains(.sign) {
        sign = UInt8(ascii: "+")
      }
      vdigitsEnd = digits.count
      switch code {
      case .e, .upperE:
        useExp = true
        vdigitsEnd = precision
      case .f, .upperF:
        vdigitsEnd = decpt + precision
      case .g, .upperG:
        if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
        if alt { vdigitsEnd = precision }
      case .r:
        // Switch to an exponent at 1e16 (see format_float_short).
        if decpt <= -4 || decpt > 16 { useExp = true }
      }
      if useExp {
        exp = decpt - 1
        decpt = 1
      }
      // Ensure vdigitsStart < decpt <= vdigitsEnd (strictly below vdigitsEnd
      // when a ".0" is wanted and there is no exponent).
      vdigitsStart = decpt <= 0 ? decpt - 1 : 0
      if !useExp && addDot0 {
        vdigitsEnd = max(vdigitsEnd, decpt + 1)
      } else {
        vdigitsEnd = max(vdigitsEnd, decpt)
      }
    }

    /// Writes the text at `start`, returning the end index.
    func write(into out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
      var p = start
      func put(_ byte: UInt8) {
        out[p] = byte
        p += 1
      }
      func zeros(_ count: Int) {
        var n = count
        while n > 0 {
          out[p] = UInt8(ascii: "0")
          p += 1
          n -= 1
        }
      }
      if sign != 0 { put(sign) }
      if let special {
        special.withUTF8Buffer { for byte in $0 { put(byte) } }
        return p
      }
      let point = UInt8(ascii: ".")
      let digitsLen = digits.count
      // Zero padding on the left of the digit string.
      if decpt <= 0 {
        zeros(decpt - vdigitsStart)
        put(point)
        zeros(-decpt)
      } else {
        zeros(-vdigitsStart)
      }
      // The digits, with the decimal point if it falls among them.
      if decpt > 0 && decpt <= digitsLen {
        for i in 0..<decpt { put(digits[i]) }
        put(point)
        for i in decpt..<digitsLen { put(digits[i]) }
      } else {
        for d in digits { put(d) }
      }
      // Zeros on the right.
      if digitsLen < decpt {
        zeros(decpt - digitsLen)
        put(point)
        zeros(vdigitsEnd - decpt)
      } else {
        zeros(vdigitsEnd - digitsLen)
      }
      // Drop a trailing decimal point unless in alternate form.
      if out[p - 1] == point && !alt { p -= 1 }
      if useExp {
        put(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        // C's "%+.02d": a sign and at least two digits.
        put(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let e = Int(exp.magnitude)
        if e >= 100 { put(UInt8(48 + e / 100)) }
        put(UInt8(48 + e / 10 % 10))
        put(UInt8(48 + e % 10))
      }
      return p
    }
  }
}
