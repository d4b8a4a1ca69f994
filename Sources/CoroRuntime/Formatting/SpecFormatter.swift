// format(value, spec) for int, float and str; mirrors Python/formatter_unicode.c
// _PyLong_FormatAdvancedWriter, _PyFloat_FormatAdvancedWriter,
// _PyUnicode_FormatAdvancedWriter and their format_*_internal helpers.

import BigInt

/// `format(value, spec)`, `str.format` and f-string replacement fields for the
/// built-in int, float and str.
///
/// `typeName` is `type(value).__name__` for messages (`bool` for True); for an
/// empty spec CPython returns `str(value)`, which for a bool is the runtime's
/// `'True'`, not the `'1'` these return.
enum SpecFormatter {
  // MARK: int

  /// `format(v, spec)` for an int.
  static func format(_ v: Int, spec: String, typeName: String = "int") throws -> String {
    if spec.isEmpty { return IntegerText.decimal(v) }
    let parsed = try FormatSpec.forInt(spec, typeName: typeName)
    return try format(v, spec: parsed, typeName: typeName)
  }

  /// `format(v, spec)` for an int whose spec is already parsed.
  static func format(_ v: Int, spec: FormatSpec, typeName: String = "int") throws -> String {
    var plain = StrBuilder(capacity: 24)
    if PlainIntegerFormat.append(v, spec: spec, to: &plain) { return plain.string }
    if let floatType = floatCode(spec.type) {
      return try formatFloat(Double(v), spec: spec, type: floatType)
    }
    return try formatInteger(
      negative: v < 0, magnitude: .small(v.magnitude), spec: spec, typeName: typeName,
      maxStrDigits: 0)
  }

  /// `format(v, spec)` for a big int; `maxStrDigits` is
  /// `sys.get_int_max_str_digits()`, which limits decimal output.
  static func format(
    _ v: BigInt, spec: String, typeName: String = "int",
    maxStrDigits: Int = IntegerText.defaultMaxStrDigits
  ) throws -> String {
    if spec.isEmpty { return try IntegerText.decimal(v, maxDigits: maxStrDigits) }
    let parsed = try FormatSpec.forInt(spec, typeName: typeName)
    return try format(v, spec: parsed, typeName: typeName, maxStrDigits: maxStrDigits)
  }

  /// `format(v, spec)` for a big int whose spec is already parsed.
  static func format(
    _ v: BigInt, spec: FormatSpec, typeName: String = "int",
    maxStrDigits: Int = IntegerText.defaultMaxStrDigits
  ) throws -> String {
    if let floatType = floatCode(spec.type) {
      return try formatFloat(try IntFloat.toDouble(v), spec: spec, type: floatType)
    }
    let negative = v.sign == .minus && !v.isZero
    let magnitude: Magnitude = v.magnitude.words.count <= 1
      ? .small(v.magnitude.isZero ? 0 : v.magnitude.words[0]) : .big(v.magnitude)
    return try formatInteger(
      negative: negative, magnitude: magnitude, spec: spec, typeName: typeName,
      maxStrDigits: maxStrDigits)
  }

  // MARK: float

  /// `format(v, spec)` for a float.
  static func format(_ v: Double, spec: String, typeName: String = "float") throws -> String {
    if spec.isEmpty { return FloatRepr.repr(v) }
    let parsed = try FormatSpec.forFloat(spec, typeName: typeName)
    return try format(v, spec: parsed, typeName: typeName)
  }

  /// `format(v, spec)` for a float whose spec is already parsed.
  static func format(_ v: Double, spec: FormatSpec, typeName: String = "float") throws -> String {
    switch spec.type {
    case 0, 0x6E:  // none, n
      return try formatFloat(v, spec: spec, type: UInt8(spec.type))
    default:
      guard let code = floatCode(spec.type) else {
        throw FormatSpec.unknownCode(spec.type, typeName: typeName)
      }
      return try formatFloat(v, spec: spec, type: code)
    }
  }

  // MARK: str

  /// `format(s, spec)` for a str.
  static func format(_ s: String, spec: String, typeName: String = "str") throws -> String {
    if spec.isEmpty { return s }
    let parsed = try FormatSpec.forString(spec, typeName: typeName)
    return try format(s, spec: parsed, typeName: typeName)
  }

  /// `format(s, spec)` for a str whose spec is already parsed; mirrors
  /// format_string_internal.
  static func format(_ s: String, spec: FormatSpec, typeName: String = "str") throws -> String {
    guard spec.type == 0x73 else { throw FormatSpec.unknownCode(spec.type, typeName: typeName) }
    if spec.sign == UInt8(ascii: " ") {
      throw FormatError.valueError("Space not allowed in string format specifier")
    }
    if spec.sign != 0 {
      throw FormatError.valueError("Sign not allowed in string format specifier")
    }
    if spec.noNegativeZero {
      throw FormatError.valueError(
        "Negative zero coercion (z) not allowed in string format specifier")
    }
    if spec.alternate {
      throw FormatError.valueError("Alternate form (#) not allowed in string format specifier")
    }
    if spec.align == UInt8(ascii: "=") {
      throw FormatError.valueError("'=' alignment not allowed in string format specifier")
    }
    if spec.width < 0 && spec.precision < 0 { return s }
    var length = s.unicodeScalars.count
    var text = Substring(s)
    if spec.precision >= 0 && length > spec.precision {
      length = spec.precision
      let scalars = s.unicodeScalars
      let cut = scalars.index(scalars.startIndex, offsetBy: length)
      text = Substring(scalars[scalars.startIndex..<cut])
    }
    if spec.width <= length { return String(text) }
    return try NumberLayout.pad(text, length: length, spec: spec)
  }

  // MARK: shared

  private enum Magnitude {
    case small(UInt)
    case big(BigUInt)
  }

  /// The float presentation code for e E f F g G %, else nil.
  private static func floatCode(_ type: UInt32) -> UInt8? {
    switch type {
    case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x25: return UInt8(type)
    default: return nil
    }
  }

  /// Mirrors format_long_internal (types b c d o x X n).
  private static func formatInteger(
    negative: Bool, magnitude: Magnitude, spec: FormatSpec, typeName: String, maxStrDigits: Int
  ) throws -> String {
    let base: Int
    switch spec.type {
    case 0x62: base = 2
    case 0x6F: base = 8
    case 0x78, 0x58: base = 16
    case 0x64, 0x6E: base = 10
    case 0x63: base = 0
    default: throw FormatSpec.unknownCode(spec.type, typeName: typeName)
    }
    if spec.precision != -1 {
      throw FormatError.valueError("Precision not allowed in integer format specifier")
    }
    if spec.noNegativeZero {
      throw FormatError.valueError(
        "Negative zero coercion (z) not allowed in integer format specifier")
    }
    let grouping = spec.type == 0x6E ? nil : NumberLayout.grouping(spec.grouping)
    if base == 0 {
      return try formatCharacter(negative: negative, magnitude: magnitude, spec: spec)
    }
    var body: [UInt8] = []
    switch magnitude {
    case .small(let m):
      IntegerText.appendDigits(m, base: base, to: &body)
    case .big(let m):
      if base == 10 {
        try IntegerText.appendDecimal(m, maxDigits: maxStrDigits, to: &body)
      } else {
        IntegerText.appendPowerOfTwoDigits(m, base: base, to: &body)
      }
    }
    var prefix: [UInt8] = []
    if spec.alternate && base != 10 {
      prefix = [UInt8(ascii: "0"), base == 2 ? 0x62 : base == 8 ? 0x6F : 0x78]
    }
    // Nothing to pad, sign, prefix or group: the digits are the text.
    if spec.width < 0 && spec.sign == 0 && grouping == nil && prefix.isEmpty
      && spec.type != 0x58 && !negative
    {
      return String(decoding: body, as: UTF8.self)
    }
    let parts = NumberLayout.Parts(
      body: body, digitCount: body.count, hasDecimal: false, remainderWidth: 0)
    return try NumberLayout.render(
      parts, negative: negative, prefix: prefix, spec: spec, grouping: grouping,
      upper: spec.type == 0x58)
  }

  /// The `c` type: the character with that code point.
  private static func formatCharacter(
    negative: Bool, magnitude: Magnitude, spec: FormatSpec
  ) throws -> String {
    if spec.sign != 0 {
      throw FormatError.valueError("Sign not allowed with integer format specifier 'c'")
    }
    if spec.alternate {
      throw FormatError.valueError(
        "Alternate form (#) not allowed with integer format specifier 'c'")
    }
    // PyLong_AsLong first, then the code point range.
    let value: UInt
    switch magnitude {
    case .small(let m):
      guard m <= UInt(Int.max) || (negative && m == Int.min.magnitude) else {
        throw FormatError.overflowError("Python int too large to convert to C long")
      }
      value = m
    case .big:
      throw FormatError.overflowError("Python int too large to convert to C long")
    }
    if negative || value > 0x10FFFF {
      throw FormatError.overflowError("%c arg not in range(0x110000)")
    }
    // A lone surrogate has no Swift String form; U+FFFD stands in for it.
    let scalar = Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"
    let body = Array(String(Character(scalar)).utf8)
    let parts = NumberLayout.Parts(body: body, digitCount: 0, hasDecimal: false, remainderWidth: 1)
    return try NumberLayout.render(
      parts, negative: false, prefix: [], spec: spec, grouping: nil, upper: false)
  }

  /// Mirrors format_float_internal; `type` is 0 (none), n, e E f F g G or %.
  private static func formatFloat(_ value: Double, spec: FormatSpec, type: UInt8) throws -> String {
    if spec.precision > Int(Int32.max) {
      throw FormatError.valueError("precision too big")
    }
    if spec.precision > FormatError.maxResultLength { throw FormatError.memoryError }
    var precision = spec.precision
    var options: FloatRepr.Options = []
    if spec.alternate { options.insert(.alt) }
    if spec.noNegativeZero { options.insert(.noNegativeZero) }
    var defaultPrecision = 6
    var code: FloatRepr.Code
    var x = value
    var addPercent = false
    switch type {
    case 0:
      // Like repr without a precision, else like 'g' with at least one
      // digit after the point.
      options.insert(.addDot0)
      code = .r
      defaultPrecision = 0
    case 0x6E, 0x67: code = .g
    case 0x47: code = .upperG
    case 0x65: code = .e
    case 0x45: code = .upperE
    case 0x46: code = .upperF
    case 0x25:
      code = .f
      x *= 100
      addPercent = true
    default: code = .f
    }
    if precision < 0 {
      precision = defaultPrecision
    } else if code == .r {
      code = .g
    }
    let isN = type == 0x6E
    if spec.sign != UInt8(ascii: "+") && spec.sign != UInt8(ascii: " ") && spec.width == -1
      && !isN && spec.grouping == .none
    {
      return FloatRepr.string(
        x, code: code, precision: precision, options: options,
        suffix: addPercent ? UInt8(ascii: "%") : 0)
    }
    var text: [UInt8] = []
    FloatRepr.format(x, code: code, precision: precision, options: options, into: &text)
    if addPercent { text.append(UInt8(ascii: "%")) }
    var negative = false
    if text.first == UInt8(ascii: "-") {
      negative = true
      text.removeFirst()
    }
    let parts = NumberLayout.parts(ofFloatText: text)
    let grouping = isN ? nil : NumberLayout.grouping(spec.grouping)
    return try NumberLayout.render(
      parts, negative: negative, prefix: [], spec: spec, grouping: grouping, upper: false)
  }
}
