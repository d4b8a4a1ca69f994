// The conversions of printf-style `str % args`; mirrors Objects/unicodeobject.c
// unicode_format_arg_format, _PyUnicode_FormatLong, formatfloat, formatchar
// and unicode_format_arg_output.

import BigInt

/// Formats one operand for a resolved `PercentSpec` (no `*` left; see
/// `PercentSpec.resolved`). The runtime chooses the function by `spec.kind`.
enum PercentFormatter {
  /// `%s`, `%r`, `%a` (and anything with `kind == .string`): `text` is the
  /// operand's str(), repr() or ascii(); applies precision, then width.
  static func format(string text: String, spec: PercentSpec) throws -> String {
    let width = amount(spec.width)
    let precision = amount(spec.precision)
    if width < 0 && precision < 0 { return text }
    let scalars = text.unicodeScalars
    var length = scalars.count
    if (width <= length) && (precision < 0 || precision >= length) { return text }
    var body = Substring(text)
    if precision >= 0 && length > precision {
      length = precision
      let cut = scalars.index(scalars.startIndex, offsetBy: length)
      body = Substring(scalars[scalars.startIndex..<cut])
    }
    return try padText(body, length: length, width: width, leftAlign: spec.leftAlign)
  }

  /// `%d %i %u %o %x %X` for an int (a float operand is the runtime's to
  /// truncate with `IntFloat.toInteger` first, for `d i u` only).
  static func format(_ v: Int, spec: PercentSpec) throws -> String {
    let negative = v < 0
    var digits: [UInt8] = []
    IntegerText.appendDigits(v.magnitude, base: base(spec), to: &digits)
    return try formatInteger(negative: negative, digits: digits, spec: spec)
  }

  /// `%d %i %u %o %x %X` for a big int; `maxStrDigits` limits decimal output
  /// as `sys.get_int_max_str_digits()` does.
  static func format(
    _ v: BigInt, spec: PercentSpec, maxStrDigits: Int = IntegerText.defaultMaxStrDigits
  ) throws -> String {
    let negative = v.sign == .minus && !v.isZero
    var digits: [UInt8] = []
    let b = base(spec)
    if b == 10 {
      try IntegerText.appendDecimal(v.magnitude, maxDigits: maxStrDigits, to: &digits)
    } else {
      IntegerText.appendPowerOfTwoDigits(v.magnitude, base: b, to: &digits)
    }
    return try formatInteger(negative: negative, digits: digits, spec: spec)
  }

  /// `%e %E %f %F %g %G` for a float (an int operand converted first with
  /// `IntFloat.toDouble`).
  static func format(_ x: Double, spec: PercentSpec) throws -> String {
    var precision = amount(spec.precision)
    if precision < 0 { precision = 6 }
    if precision > FormatError.maxResultLength { throw FormatError.memoryError }
    let code: FloatRepr.Code
    switch spec.conversion {
    case 0x65: code = .e
    case 0x45: code = .upperE
    case 0x66: code = .f
    case 0x46: code = .upperF
    case 0x47: code = .upperG
    default: code = .g
    }
    var text: [UInt8] = []
    FloatRepr.format(
      x, code: code, precision: precision, options: spec.alternate ? .alt : [], into: &text)
    return try output(text, spec: spec)
  }

  /// `%c` with an int operand.
  ///
  /// - Throws: `OverflowError` "%c arg not in range(0x110000)".
  static func formatCharacter(_ code: BigInt, spec: PercentSpec) throws -> String {
    guard let small = Int(exactly: code) else {
      throw FormatError.overflowError("%c arg not in range(0x110000)")
    }
    return try formatCharacter(small, spec: spec)
  }

  /// `%c` with an int operand.
  ///
  /// - Throws: `OverflowError` "%c arg not in range(0x110000)".
  static func formatCharacter(_ code: Int, spec: PercentSpec) throws -> String {
    guard code >= 0 && code <= 0x10FFFF else {
      throw FormatError.overflowError("%c arg not in range(0x110000)")
    }
    // A lone surrogate has no Swift String form; U+FFFD stands in for it.
    let scalar = Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"
    return try characterOutput(scalar, spec: spec)
  }

  /// `%c` with a str operand, which must be one character long.
  ///
  /// - Throws: `TypeError` "%c requires int or char".
  static func formatCharacter(_ text: String, spec: PercentSpec) throws -> String {
    var scalars = text.unicodeScalars.makeIterator()
    guard let scalar = scalars.next(), scalars.next() == nil else {
      throw FormatError.typeError("%c requires int or char")
    }
    return try characterOutput(scalar, spec: spec)
  }

  // MARK: private

  private static func amount(_ a: PercentSpec.Amount) -> Int {
    if case .value(let v) = a { return v }
    return -1
  }

  private static func base(_ spec: PercentSpec) -> Int {
    switch spec.conversion {
    case 0x6F: return 8
    case 0x78, 0x58: return 16
    default: return 10
    }
  }

  private static func characterOutput(_ scalar: Unicode.Scalar, spec: PercentSpec) throws
    -> String
  {
    let text = String(Character(scalar))
    let width = amount(spec.width)
    if width <= 1 { return text }
    return try padText(Substring(text), length: 1, width: width, leftAlign: spec.leftAlign)
  }

  /// Mirrors _PyUnicode_FormatLong: sign, `0o`/`0x` for `#`, zeros up to
  /// the precision, uppercase for X; then the common output step.
  private static func formatInteger(negative: Bool, digits: [UInt8], spec: PercentSpec) throws
    -> String
  {
    let precision = amount(spec.precision)
    if precision > Int(Int32.max) - 3 {
      throw FormatError.overflowError("precision too large")
    }
    if precision > FormatError.maxResultLength { throw FormatError.memoryError }
    let conversion = spec.conversion
    let upper = conversion == 0x58
    var text: [UInt8] = []
    text.reserveCapacity(digits.count + 3 + max(0, precision - digits.count))
    if negative { text.append(UInt8(ascii: "-")) }
    if spec.alternate && (conversion == 0x6F || conversion == 0x78 || conversion == 0x58) {
      text.append(UInt8(ascii: "0"))
      text.append(UInt8(conversion))
    }
    if precision > digits.count {
      text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: precision - digits.count))
    }
    for d in digits { text.append(upper && d >= 0x61 ? d - 32 : d) }
    return try output(text, spec: spec)
  }

  /// Pads non-numeric text (no sign handling, spaces only).
  private static func padText(_ body: Substring, length: Int, width: Int, leftAlign: Bool) throws
    -> String
  {
    guard width <= FormatError.maxResultLength else { throw FormatError.memoryError }
    let padding = max(0, width - length)
    if padding == 0 { return String(body) }
    let spaces = String(repeating: " ", count: padding)
    return leftAlign ? body + spaces : spaces + body
  }

  /// Mirrors unicode_format_arg_output for numbers (`arg->sign` set): the
  /// sign and `0x` prefix go before zero padding, after space padding.
  private static func output(_ text: [UInt8], spec: PercentSpec) throws -> String {
    var width = amount(spec.width)
    guard width <= FormatError.maxResultLength else { throw FormatError.memoryError }
    var length = text.count
    if width <= length && !spec.forceSign && !spec.blank {
      return String(decoding: text, as: UTF8.self)
    }
    let fill = spec.zeroPad ? UInt8(ascii: "0") : UInt8(ascii: " ")
    var index = 0
    var sign: UInt8 = 0
    let first = text.first ?? 0
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      sign = first
      length -= 1
      index = 1
    } else if spec.forceSign {
      sign = UInt8(ascii: "+")
    } else if spec.blank {
      sign = UInt8(ascii: " ")
    }
    if width < length { width = length }
    var out: [UInt8] = []
    out.reserveCapacity(width + 1)
    if sign != 0 {
      if fill != UInt8(ascii: " ") { out.append(sign) }
      if width > length { width -= 1 }
    }
    let conversion = spec.conversion
    let hasPrefix = spec.alternate
      && (conversion == 0x78 || conversion == 0x58 || conversion == 0x6F)
    if hasPrefix {
      if fill != UInt8(ascii: " ") {
        out.append(contentsOf: text[index..<(index + 2)])
        index += 2
      }
      width = max(0, width - 2)
      length -= 2
    }
    if width > length && !spec.leftAlign {
      out.append(contentsOf: repeatElement(fill, count: width - length))
      width = length
    }
    if fill == UInt8(ascii: " ") {
      if sign != 0 { out.append(sign) }
      if hasPrefix {
        out.append(contentsOf: text[index..<(index + 2)])
        index += 2
      }
    }
    if length > 0 { out.append(contentsOf: text[index..<(index + length)]) }
    if width > length {
      out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width - length))
    }
    return String(decoding: out, as: UTF8.self)
  }
}
