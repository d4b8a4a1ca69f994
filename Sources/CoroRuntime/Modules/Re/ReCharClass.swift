/// Character tests of `re`: categories (`\d`, `\w`, `\s`), case folding for
/// IGNORECASE, and the code points `\N{...}` names.
enum ReChars {
  static func isDigit(_ c: UInt32, unicode: Bool) -> Bool {
    if c < 128 || !unicode { return c >= 0x30 && c <= 0x39 }
    guard let s = Unicode.Scalar(c) else { return false }
    return StrClass.isDecimal(s)
  }

  static func isWord(_ c: UInt32, unicode: Bool) -> Bool {
    if c < 128 || !unicode {
      return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        || c == 0x5F
    }
    guard let s = Unicode.Scalar(c) else { return false }
    return StrClass.isAlnum(s)
  }

  static func isSpace(_ c: UInt32, unicode: Bool) -> Bool {
    if unicode { return StrWhitespace.isSpace(c) }
    return c == 0x20 || (c >= 0x09 && c <= 0x0D)
  }

  static func matches(_ category: ReCategory, _ c: UInt32, unicode: Bool) -> Bool {
    switch category {
    case .digit: return isDigit(c, unicode: unicode)
    case .notDigit: return !isDigit(c, unicode: unicode)
    case .space: return isSpace(c, unicode: unicode)
    case .notSpace: return !isSpace(c, unicode: unicode)
    case .word: return isWord(c, unicode: unicode)
    case .notWord: return !isWord(c, unicode: unicode)
    }
  }

  // MARK: - Case folding

  /// The simple (one code point) lowercase mapping, as CPython's
  /// `_PyUnicode_ToLowercase`.
  static func lower(_ c: UInt32) -> UInt32 {
    if c < 128 { return c >= 0x41 && c <= 0x5A ? c + 32 : c }
    if c == 0x130 { return 0x69 }
    return single(c) { $0.properties.lowercaseMapping }
  }

  /// The simple uppercase mapping.
  static func upper(_ c: UInt32) -> UInt32 {
    if c < 128 { return c >= 0x61 && c <= 0x7A ? c - 32 : c }
    return single(c) { $0.properties.uppercaseMapping }
  }

  private static func single(_ c: UInt32, _ mapping: (Unicode.Scalar) -> String) -> UInt32 {
    guard let s = Unicode.Scalar(c), StrCase.isKnown(s) else { return c }
    let m = mapping(s).unicodeScalars
    guard m.count == 1, let first = m.first, first.isASCII || StrCase.isKnown(first) else { return c }
    return first.value
  }

  /// Lowercase letters that are the same letter under IGNORECASE although
  /// their lowercase forms differ (they share an uppercase form).
  private static let equivalenceGroups: [[UInt32]] = [
    [0x69, 0x131], [0x73, 0x17F], [0xB5, 0x3BC], [0x345, 0x3B9, 0x1FBE], [0x390, 0x1FD3],
    [0x3B0, 0x1FE3], [0x3B2, 0x3D0], [0x3B5, 0x3F5], [0x3B8, 0x3D1], [0x3BA, 0x3F0],
    [0x3C0, 0x3D6], [0x3C1, 0x3F1], [0x3C2, 0x3C3], [0x3C6, 0x3D5], [0x432, 0x1C80],
    [0x434, 0x1C81], [0x43E, 0x1C82], [0x441, 0x1C83], [0x442, 0x1C84, 0x1C85], [0x44A, 0x1C86],
    [0x463, 0x1C87], [0x1C88, 0xA64B], [0x1E61, 0x1E9B], [0xFB05, 0xFB06],
  ]

  private static let equivalents: [UInt32: [UInt32]] = {
    var table: [UInt32: [UInt32]] = [:]
    for group in equivalenceGroups {
      for c in group { table[c] = group }
    }
    return table
  }()

  /// The key under which IGNORECASE compares characters: equal keys
  /// match each other.
  static func fold(_ c: UInt32, unicode: Bool) -> UInt32 {
    if !unicode || c < 128 { return c >= 0x41 && c <= 0x5A ? c + 32 : c }
    let l = lower(c)
    if let group = equivalents[l] { return group[0] }
    return l
  }

  /// The characters a class test under IGNORECASE also tries for `c`.
  static func caseVariants(_ c: UInt32, unicode: Bool) -> [UInt32] {
    if !unicode || c < 128 {
      if c >= 0x41 && c <= 0x5A { return [c, c + 32] }
      if c >= 0x61 && c <= 0x7A { return [c, c - 32] }
      return [c]
    }
    let l = lower(c)
    var result = [c, l, upper(c), upper(l)]
    if let group = equivalents[l] {
      for g in group { result.append(contentsOf: [g, upper(g)]) }
    }
    return result
  }
}

/// A compiled character class: its items, with a table of answers for the
/// first 256 code points (case folding and negation already applied).
final class ReCharSet {
  let items: [ReSetItem]
  let negated: Bool
  let ignoreCase: Bool
  let unicode: Bool
  private var latin1: [Bool] = []

  init(items: [ReSetItem], negated: Bool, ignoreCase: Bool, unicode: Bool) {
    self.items = items
    self.negated = negated
    self.ignoreCase = ignoreCase
    self.unicode = unicode
    latin1 = (0..<256).map { compute(UInt32($0)) }
  }

  @inline(__always)
  func contains(_ c: UInt32) -> Bool {
    c < 256 ? latin1[Int(c)] : compute(c)
  }

  private func compute(_ c: UInt32) -> Bool {
    if !ignoreCase { return rawContains(c) != negated }
    for v in ReChars.caseVariants(c, unicode: unicode) where rawContains(v) { return !negated }
    return negated
  }

  private func rawContains(_ c: UInt32) -> Bool {
    for item in items {
      switch item {
      case .char(let x): if x == c { return true }
      case .range(let lo, let hi): if lo <= c && c <= hi { return true }
      case .category(let cat): if ReChars.matches(cat, c, unicode: unicode) { return true }
      }
    }
    return false
  }
}

/// Code points by Unicode name, for `\N{...}`.
enum ReUnicodeNames {
  static func scalar(named name: String) -> UInt32? {
    let wanted = name.uppercased()
    for range in [UInt32(0x20)...0x2FFFF, 0xE0000...0xE01EF] {
      for value in range {
        guard let s = Unicode.Scalar(value), StrCase.isKnown(s) else { continue }
        if s.properties.name == wanted || s.properties.nameAlias == wanted { return value }
      }
    }
    return nil
  }
}
