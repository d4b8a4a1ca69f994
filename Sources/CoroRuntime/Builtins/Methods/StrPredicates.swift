/// The `str.is...()` predicates, with CPython's character classes
/// (unicodectype.c) and its rules for empty strings.
enum StrClass {
  static func isAlpha(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return StrCase.isASCIILetter(UInt8(c.value)) }
    guard StrCase.isKnown(c) else { return false }
    switch c.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default:
      return false
    }
  }

  static func isDecimal(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 }
    return StrCase.isKnown(c) && c.properties.numericType == .decimal
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 }
    guard StrCase.isKnown(c), let t = c.properties.numericType else { return false }
    return t == .decimal || t == .digit
  }

  static func isNumeric(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 }
    return StrCase.isKnown(c) && c.properties.numericType != nil
      && !newerNumerics.contains(c.value)
  }

  /// Ideographs and cuneiform signs that got numeric values after
  /// Unicode 14.0 (CPython 3.11 does not see them as numeric).
  private static let newerNumerics: Set<UInt32> = [
    0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9,
    0x12038, 0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399,
  ]

  static func isAlnum(_ c: Unicode.Scalar) -> Bool {
    isAlpha(c) || isNumeric(c)
  }

  /// Printable: not in categories C* or Z*, except the space itself.
  static func isPrintable(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x20 && c.value < 0x7F }
    guard StrCase.isKnown(c) else { return false }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .spaceSeparator,
      .lineSeparator, .paragraphSeparator:
      return false
    default:
      return true
    }
  }

  static func isIdentifier(_ s: PyStr) -> Bool {
    let scalars = s.isASCII ? s.value.unicodeScalars.map { $0 } : s.scalars
    guard let first = scalars.first else { return false }
    if first.value != 0x5F && !(StrCase.isKnown(first) && first.properties.isXIDStart) {
      return false
    }
    for c in scalars.dropFirst() where !isIdentifierContinue(c) {
      return false
    }
    return true
  }

  /// XID_Continue as of Unicode 14.0: Unicode 15.1 added the joiners and
  /// the katakana middle dots.
  private static func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x200C, 0x200D, 0x30FB, 0xFF65: return false
    default: return StrCase.isKnown(c) && c.properties.isXIDContinue
    }
  }

  static func isUpper(_ s: PyStr) -> Bool {
    var cased = false
    for c in s.value.unicodeScalars {
      if StrCase.isLower(c) || StrCase.isTitle(c) { return false }
      if !cased && StrCase.isUpper(c) { cased = true }
    }
    return cased
  }

  static func isLower(_ s: PyStr) -> Bool {
    var cased = false
    for c in s.value.unicodeScalars {
      if StrCase.isUpper(c) || StrCase.isTitle(c) { return false }
      if !cased && StrCase.isLower(c) { cased = true }
    }
    return cased
  }

  static func isTitle(_ s: PyStr) -> Bool {
    var cased = false
    var previousCased = false
    for c in s.value.unicodeScalars {
      if StrCase.isUpper(c) || StrCase.isTitle(c) {
        if previousCased { return false }
        previousCased = true
        cased = true
      } else if StrCase.isLower(c) {
        if !previousCased { return false }
        previousCased = true
        cased = true
      } else {
        previousCased = false
      }
    }
    return cased
  }

  /// True when `s` is non-empty and every code point passes `test`.
  static func all(_ s: PyStr, _ test: (Unicode.Scalar) -> Bool) -> Bool {
    if s.value.isEmpty { return false }
    for c in s.value.unicodeScalars where !test(c) { return false }
    return true
  }
}

extension BuiltinTypes {
  static func installStrPredicateMethods() {
    let predicates: [(String, (PyStr) -> Bool)] = [
      ("isalpha", { StrClass.all($0, StrClass.isAlpha) }),
      ("isdecimal", { StrClass.all($0, StrClass.isDecimal) }),
      ("isdigit", { StrClass.all($0, StrClass.isDigit) }),
      ("isnumeric", { StrClass.all($0, StrClass.isNumeric) }),
      ("isalnum", { StrClass.all($0, StrClass.isAlnum) }),
      ("isspace", { StrClass.all($0) { StrWhitespace.isSpace($0.value) } }),
      ("isprintable", { s in s.value.isEmpty || StrClass.all(s, StrClass.isPrintable) }),
      ("isascii", { $0.isASCII }),
      ("isidentifier", StrClass.isIdentifier),
      ("isupper", StrClass.isUpper),
      ("islower", StrClass.isLower),
      ("istitle", StrClass.isTitle),
    ]
    for (name, test) in predicates {
      let qualified = "str." + name
      str.addMethod(name) { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        let s = try selfValue.strReceiver()
        try args.none(qualified)
        return .bool(test(s))
      }
    }
  }
}
