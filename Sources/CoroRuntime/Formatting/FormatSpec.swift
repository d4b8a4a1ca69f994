// The format-spec mini-language `[[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]`; mirrors Python/formatter_unicode.c
// parse_internal_render_format_spec.

/// A parsed format spec, as `format(value, spec)` and f-strings use it.
///
/// Parsing depends only on the spec text and the kind of object (its default
/// type and alignment), so a runtime may cache parsed specs.
struct FormatSpec: Equatable {
  /// The thousands separator requested (`LocaleType` in CPython).
  enum Grouping: Equatable {
    case none
    /// `,` every three digits.
    case comma
    /// `_` every three digits.
    case underscore
    /// `_` every four digits (with b, o, x, X).
    case underscoreFour
  }

  /// The fill character (a whole code point; space unless given).
  var fill: Unicode.Scalar = " "
  /// `<`, `>`, `=` or `^` as ASCII.
  var align: UInt8
  /// 0 when absent, else `+`, `-` or space, as ASCII.
  var sign: UInt8 = 0
  /// `z`: coerce negative zero to zero (floats only).
  var noNegativeZero = false
  /// `#`: alternate form.
  var alternate = false
  /// The minimum width, or -1 when absent.
  var width = -1
  /// The thousands separator.
  var grouping = Grouping.none
  /// The precision, or -1 when absent.
  var precision = -1
  /// The presentation type as a code point, 0 when absent.
  var type: UInt32

  /// Parses `spec` for an object whose default type is `defaultType` (`d` for
  /// int, 0 for float, `s` for str) and default alignment `defaultAlign` (`>`
  /// for numbers, `<` for str); `typeName` is `type(obj).__name__` for the
  /// "Invalid format specifier" message.
  ///
  /// - Throws: `ValueError` with CPython's message for a malformed spec.
  static func parse(
    _ spec: String, defaultType: UInt32, defaultAlign: UInt8, typeName: String
  ) throws -> FormatSpec {
    var copy = spec
    let ascii = try copy.withUTF8 { bytes -> FormatSpec? in
      if bytes.contains(where: { $0 >= 0x80 }) { return nil }
      return try parseScalars(
        bytes.lazy.map { UInt32($0) }, defaultType, defaultAlign, spec, typeName)
    }
    if let ascii { return ascii }
    return try parseScalars(
      spec.unicodeScalars.map(\.value), defaultType, defaultAlign, spec, typeName)
  }

  /// Parses a spec for an int (default type `d`, right-aligned).
  static func forInt(_ spec: String, typeName: String = "int") throws -> FormatSpec {
    try parse(spec, defaultType: 0x64, defaultAlign: UInt8(ascii: ">"), typeName: typeName)
  }

  /// Parses a spec for a float (no default type, right-aligned).
  static func forFloat(_ spec: String, typeName: String = "float") throws -> FormatSpec {
    try parse(spec, defaultType: 0, defaultAlign: UInt8(ascii: ">"), typeName: typeName)
  }

  /// Parses a spec for a str (default type `s`, left-aligned).
  static func forString(_ spec: String, typeName: String = "str") throws -> FormatSpec {
    try parse(spec, defaultType: 0x73, defaultAlign: UInt8(ascii: "<"), typeName: typeName)
  }

  private static func isAlign(_ c: UInt32) -> Bool {
    c == 0x3C || c == 0x3E || c == 0x3D || c == 0x5E  // < > = ^
  }

  private static func parseScalars<C: RandomAccessCollection>(
    _ s: C, _ defaultType: UInt32, _ defaultAlign: UInt8, _ text: String, _ typeName: String
  ) throws -> FormatSpec where C.Element == UInt32, C.Index == Int {
    var spec = FormatSpec(align: defaultAlign, type: defaultType)
    var pos = s.startIndex
    let end = s.endIndex
    var alignSpecified = false
    var fillSpecified = false
    if end - pos >= 2 && isAlign(s[pos + 1]) {
      spec.align = UInt8(s[pos + 1])
      spec.fill = Unicode.Scalar(s[pos]) ?? " "
      fillSpecified = true
      alignSpecified = true
      pos += 2
    } else if end - pos >= 1 && isAlign(s[pos]) {
      spec.align = UInt8(s[pos])
      alignSpecified = true
      pos += 1
    }
    if end - pos >= 1 && (s[pos] == 0x2B || s[pos] == 0x2D || s[pos] == 0x20) {
      spec.sign = UInt8(s[pos])
      pos += 1
    }
    if end - pos >= 1 && s[pos] == 0x7A {  // z
      spec.noNegativeZero = true
      pos += 1
    }
    if end - pos >= 1 && s[pos] == 0x23 {  // #
      spec.alternate = true
      pos += 1
    }
    // The special case for 0-padding (backwards compatibility).
    if !fillSpecified && end - pos >= 1 && s[pos] == 0x30 {
      spec.fill = "0"
      if !alignSpecified && defaultAlign == UInt8(ascii: ">") {
        spec.align = UInt8(ascii: "=")
      }
      pos += 1
    }
    spec.width = try readInteger(s, &pos) ?? -1
    if pos < end && s[pos] == 0x2C {  // ,
      spec.grouping = .comma
      pos += 1
    }
    if pos < end && s[pos] == 0x5F {  // _
      if spec.grouping != .none { throw commaAndUnderscore }
      spec.grouping = .underscore
      pos += 1
    }
    if pos < end && s[pos] == 0x2C && spec.grouping == .underscore {
      throw commaAndUnderscore
    }
    if pos < end && s[pos] == 0x2E {  // .
      pos += 1
      guard let precision = try readInteger(s, &pos) else {
        throw FormatError.valueError("Format specifier missing precision")
      }
      spec.precision = precision
    }
    if end - pos > 1 {
      throw FormatError.valueError(
        "Invalid format specifier '\(text)' for object of type '\(typeName)'")
    }
    if end - pos == 1 {
      spec.type = s[pos]
    }
    if spec.grouping != .none {
      switch spec.type {
      case 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, 0x25, 0x46, 0:  // d e f g E G % F
        break
      case 0x62, 0x6F, 0x78, 0x58:  // b o x X
        if spec.grouping == .underscore {
          spec.grouping = .underscoreFour
          break
        }
        throw invalidSeparator(spec.grouping, spec.type)
      default:
        throw invalidSeparator(spec.grouping, spec.type)
      }
    }
    return spec
  }

  private static let commaAndUnderscore = FormatError.valueError("Cannot specify both ',' and '_'.")

  private static func invalidSeparator(_ grouping: Grouping, _ type: UInt32) -> FormatError {
    let separator = grouping == .comma ? "," : "_"
    return .valueError("Cannot specify '\(separator)' with \(quotedCode(type)).")
  }

  /// `'c'` for a printable ASCII code, `'\x..'` otherwise, as CPython's
  /// messages print a presentation type.
  static func quotedCode(_ type: UInt32) -> String {
    if type > 32 && type < 128, let scalar = Unicode.Scalar(type) {
      return "'\(Character(scalar))'"
    }
    return "'\\x\(String(type, radix: 16))'"
  }

  /// Reads decimal digits (any Unicode decimal digit, like
  /// Py_UNICODE_TODECIMAL); nil when there are none; mirrors get_integer.
  private static func readInteger<C: RandomAccessCollection>(
    _ s: C, _ pos: inout Int
  ) throws -> Int? where C.Element == UInt32, C.Index == Int {
    var accumulator = 0
    var count = 0
    while pos < s.endIndex {
      guard let digit = decimalValue(s[pos]) else { break }
      if accumulator > (Int.max - digit) / 10 {
        throw FormatError.valueError("Too many decimal digits in format string")
      }
      accumulator = accumulator * 10 + digit
      count += 1
      pos += 1
    }
    return count == 0 ? nil : accumulator
  }

  /// The value of a Unicode decimal digit (category Nd), else nil.
  static func decimalValue(_ c: UInt32) -> Int? {
    if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
    guard c >= 0x80, let scalar = Unicode.Scalar(c),
      scalar.properties.numericType == .decimal,
      let value = scalar.properties.numericValue
    else { return nil }
    return Int(value)
  }

  /// "Unknown format code 'q' for object of type 'float'".
  static func unknownCode(_ type: UInt32, typeName: String) -> FormatError {
    .valueError("Unknown format code \(quotedCode(type)) for object of type '\(typeName)'")
  }
}

extension FormatSpec {
  /// How `padding` fill characters split around a number for this spec's
  /// alignment: before the sign (`>`, the default for numbers), between
  /// the sign or prefix and the digits (`=`), after (`<`), or both sides
  /// with the odd one after (`^`).
  func numberPadding(_ padding: Int) -> (left: Int, middle: Int, right: Int) {
    guard padding > 0 else { return (0, 0, 0) }
    switch align {
    case UInt8(ascii: "<"): return (0, 0, padding)
    case UInt8(ascii: "^"): return (padding / 2, 0, padding - padding / 2)
    case UInt8(ascii: "="): return (0, padding, 0)
    default: return (padding, 0, 0)
    }
  }
}
