// complex(str) and format(complex, spec); mirror Objects/complexobject.c
// complex_from_string_inner and Python/formatter_unicode.c
// format_complex_internal.

/// Parsing and formatting of complex numbers as text.
enum ComplexText {
  // MARK: - format

  /// `format(z, spec)`: both parts formatted as floats with the same spec,
  /// the imaginary one always signed (unless the real part is left out),
  /// then the whole padded to the width. An empty spec is `str(z)`.
  ///
  /// - Throws: CPython's ValueError for codes and flags complex rejects.
  static func format(_ z: ComplexValue, spec text: String) throws -> String {
    if text.isEmpty { return ComplexMath.repr(z) }
    let spec = try FormatSpec.parse(
      text, defaultType: 0, defaultAlign: UInt8(ascii: ">"), typeName: "complex")
    var type: UInt8
    switch spec.type {
    case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E: type = UInt8(spec.type)
    default: throw FormatSpec.unknownCode(spec.type, typeName: "complex")
    }
    if spec.precision > Int(Int32.max) { throw FormatError.valueError("precision too big") }
    if spec.precision > FormatError.maxResultLength { throw FormatError.memoryError }
    if spec.fill == "0" {
      throw FormatError.valueError("Zero padding is not allowed in complex format specifier")
    }
    if spec.align == UInt8(ascii: "=") {
      throw FormatError.valueError(
        "'=' alignment flag is not allowed in complex format specifier")
    }
    var options: FloatRepr.Options = []
    if spec.alternate { options.insert(.alt) }
    if spec.noNegativeZero { options.insert(.noNegativeZero) }
    var precision = spec.precision
    var defaultPrecision = 6
    var skipReal = false
    var addParens = false
    if type == 0 {
      // No type: like str(z), parens and all.
      type = UInt8(ascii: "r")
      defaultPrecision = 0
      if z.real == 0 && z.real.sign == .plus { skipReal = true } else { addParens = true }
    }
    let isN = type == 0x6E
    if isN { type = UInt8(ascii: "g") }
    if precision < 0 {
      precision = defaultPrecision
    } else if type == UInt8(ascii: "r") {
      type = UInt8(ascii: "g")
    }
    let code = FloatRepr.Code(rawValue: type) ?? .g
    let grouping = isN ? nil : NumberLayout.grouping(spec.grouping)
    func part(_ x: Double, sign: UInt8) throws -> String {
      var digits: [UInt8] = []
      FloatRepr.format(x, code: code, precision: precision, options: options, into: &digits)
      var negative = false
      if digits.first == UInt8(ascii: "-") {
        negative = true
        digits.removeFirst()
      }
      var partSpec = spec
      partSpec.width = -1
      partSpec.align = UInt8(ascii: "<")
      partSpec.fill = " "
      partSpec.sign = sign
      return try NumberLayout.render(
        NumberLayout.parts(ofFloatText: digits), negative: negative, prefix: [], spec: partSpec,
        grouping: grouping, upper: false)
    }
    let realText = skipReal ? "" : try part(z.real, sign: spec.sign)
    let imagText = try part(z.imag, sign: skipReal ? spec.sign : UInt8(ascii: "+"))
    var body = realText + imagText + "j"
    if addParens { body = "(" + body + ")" }
    let length = body.unicodeScalars.count
    if spec.width <= length { return body }
    var padSpec = spec
    if padSpec.align != UInt8(ascii: "<") && padSpec.align != UInt8(ascii: "^") {
      padSpec.align = UInt8(ascii: ">")
    }
    return try NumberLayout.pad(Substring(body), length: length, spec: padSpec)
  }

  // MARK: - parse

  static let malformed = FormatError.valueError("complex() arg is a malformed string")

  /// `complex(text)`: `<float>`, `<float>j`, `<float><signed-float>j`, and
  /// the older `<float><sign>j`, `<sign>j`, `j`, each maybe in parentheses,
  /// with surrounding whitespace; underscores only between digits.
  ///
  /// - Throws: ValueError "complex() arg is a malformed string" (or
  ///   "could not convert string to complex: ..." for misplaced underscores).
  static func parse(_ text: String) throws -> ComplexValue {
    var s = IntegerParser.asciiTransformed(text)
    if s.contains(where: { $0 >= 0x80 || $0 == 0 }) { throw malformed }
    if s.contains(UInt8(ascii: "_")) {
      // _Py_string_to_number_with_underscores: each underscore between
      // two digits, then dropped.
      var kept: [UInt8] = []
      var previous: UInt8 = 0
      for (i, c) in s.enumerated() {
        if c == UInt8(ascii: "_") {
          let next = i + 1 < s.count ? s[i + 1] : 0
          guard isDigit(previous), isDigit(next) else {
            throw FormatError.valueError(
              "could not convert string to complex: \(StringRepr.repr(text))")
          }
        } else {
          kept.append(c)
        }
        previous = c
      }
      s = kept
    }
    var pos = 0
    func peek() -> UInt8 { pos < s.count ? s[pos] : 0 }
    func skipSpaces() { while pos < s.count && IntegerParser.isASCIISpace(s[pos]) { pos += 1 } }
    func isJ(_ c: UInt8) -> Bool { c == UInt8(ascii: "j") || c == UInt8(ascii: "J") }
    func isSign(_ c: UInt8) -> Bool { c == UInt8(ascii: "+") || c == UInt8(ascii: "-") }
    skipSpaces()
    var bracket = false
    if peek() == UInt8(ascii: "(") {
      bracket = true
      pos += 1
      skipSpaces()
    }
    var x = 0.0
    var y = 0.0
    if let (z, end) = floatPrefix(s, pos) {
      pos = end
      if isSign(peek()) {
        x = z
        if let (w, end) = floatPrefix(s, pos) {
          y = w
          pos = end
        } else {
          y = peek() == UInt8(ascii: "+") ? 1 : -1
          pos += 1
        }
        guard isJ(peek()) else { throw malformed }
        pos += 1
      } else if isJ(peek()) {
        pos += 1
        y = z
      } else {
        x = z
      }
    } else {
      if isSign(peek()) {
        y = peek() == UInt8(ascii: "+") ? 1 : -1
        pos += 1
      } else {
        y = 1
      }
      guard isJ(peek()) else { throw malformed }
      pos += 1
    }
    skipSpaces()
    if bracket {
      guard peek() == UInt8(ascii: ")") else { throw malformed }
      pos += 1
      skipSpaces()
    }
    guard pos == s.count else { throw malformed }
    return ComplexValue(x, y)
  }

  private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// The longest float at `start` that strtod would read (sign, then inf,
  /// infinity, nan, or digits with an optional point and exponent), and
  /// where it ends; nil when there is none.
  private static func floatPrefix(_ s: [UInt8], _ start: Int) -> (Double, Int)? {
    var i = start
    if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
    func matches(_ word: String) -> Bool {
      let w = Array(word.utf8)
      guard i + w.count <= s.count else { return false }
      for k in 0..<w.count where s[i + k] | 0x20 != w[k] { return false }
      return true
    }
    var end: Int
    if matches("infinity") {
      end = i + 8
    } else if matches("inf") || matches("nan") {
      end = i + 3
    } else {
      var digits = 0
      while i < s.count && isDigit(s[i]) {
        i += 1
        digits += 1
      }
      if i < s.count && s[i] == UInt8(ascii: ".") {
        i += 1
        while i < s.count && isDigit(s[i]) {
          i += 1
          digits += 1
        }
      }
      if digits == 0 { return nil }
      end = i
      if i < s.count && s[i] | 0x20 == UInt8(ascii: "e") {
        var j = i + 1
        if j < s.count && (s[j] == UInt8(ascii: "+") || s[j] == UInt8(ascii: "-")) { j += 1 }
        let exponentStart = j
        while j < s.count && isDigit(s[j]) { j += 1 }
        if j > exponentStart { end = j }
      }
    }
    guard let value = FloatParser.parseASCII(Array(s[start..<end])) else { return nil }
    return (value, end)
  }
}
