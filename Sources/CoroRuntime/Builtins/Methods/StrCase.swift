/// `str.upper`, `lower`, `casefold`, `title`, `capitalize` and `swapcase`
/// with CPython's full case mappings (SpecialCasing: 'ß'.upper() == 'SS')
/// and its final-sigma rule, after unicodeobject.c's do_upper & co.
enum StrCase {
  /// Whether CPython 3.11's Unicode 14.0 database knows `c`; code points
  /// assigned later have no properties there (no case, not a letter).
  @inline(__always)
  static func isKnown(_ c: Unicode.Scalar) -> Bool {
    guard let age = c.properties.age else { return false }
    return age.major < 14 || (age.major == 14 && age.minor == 0)
  }

  /// Appends `mapping` (a case mapping of `c`), or `c` itself when the
  /// mapping needs code points Unicode 14.0 did not have (Swift's tables
  /// are newer: 'ƛ'.upper() is 'Ꟍ' only since Unicode 16).
  @inline(__always)
  private static func append(
    _ mapping: String, of c: Unicode.Scalar, _ out: inout String.UnicodeScalarView
  ) {
    let scalars = mapping.unicodeScalars
    for m in scalars where !m.isASCII && !isKnown(m) {
      out.append(c)
      return
    }
    out.append(contentsOf: scalars)
  }

  static func appendUpper(_ c: Unicode.Scalar, _ out: inout String.UnicodeScalarView) {
    if c.isASCII {
      let v = c.value
      out.append(v >= 0x61 && v <= 0x7A ? Unicode.Scalar(UInt8(v - 32)) : c)
    } else if isKnown(c) {
      append(c.properties.uppercaseMapping, of: c, &out)
    } else {
      out.append(c)
    }
  }

  static func appendTitle(_ c: Unicode.Scalar, _ out: inout String.UnicodeScalarView) {
    if c.isASCII || !isKnown(c) {
      appendUpper(c, &out)
    } else {
      append(c.properties.titlecaseMapping, of: c, &out)
    }
  }

  /// CPython's lower_ucs4: the full lowercase mapping, with U+03A3 turning
  /// into final sigma at the end of a word.
  static func appendLower(
    _ scalars: [Unicode.Scalar], _ i: Int, _ out: inout String.UnicodeScalarView
  ) {
    let c = scalars[i]
    if c.isASCII {
      let v = c.value
      out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 32)) : c)
    } else if c.value == 0x3A3 {
      out.append(finalSigma(scalars, i) ? "\u{3C2}" : "\u{3C3}")
    } else if isKnown(c) {
      append(c.properties.lowercaseMapping, of: c, &out)
    } else {
      out.append(c)
    }
  }

  /// `\p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})`.
  private static func finalSigma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && isCaseIgnorable(s[j]) { j -= 1 }
    guard j >= 0 && isCased(s[j]) else { return false }
    j = i + 1
    while j < s.count && isCaseIgnorable(s[j]) { j += 1 }
    return j == s.count || !isCased(s[j])
  }

  static func isCased(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return isASCIILetter(UInt8(c.value)) }
    if let lower = lowercaseOverride(c.value) { return lower }
    return isKnown(c) && c.properties.isCased
  }

  /// Letters whose Lowercase property changed after Unicode 14.0.
  @inline(__always)
  static func lowercaseOverride(_ c: UInt32) -> Bool? {
    switch c {
    case 0x295: return true
    case 0x10FC, 0xA7F2...0xA7F4, 0xAB69: return false
    default: return nil
    }
  }

  static func isCaseIgnorable(_ c: Unicode.Scalar) -> Bool {
    // U+1171E was a nonspacing mark in Unicode 14.0, spacing since 15.0.
    if c.value == 0x1171E { return true }
    return isKnown(c) && c.properties.isCaseIgnorable
  }

  static func isUpper(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x41 && c.value <= 0x5A }
    return isKnown(c) && c.properties.isUppercase
  }

  static func isLower(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x61 && c.value <= 0x7A }
    if let lower = lowercaseOverride(c.value) { return lower }
    return isKnown(c) && c.properties.isLowercase
  }

  static func isTitle(_ c: Unicode.Scalar) -> Bool {
    !c.isASCII && isKnown(c) && c.properties.generalCategory == .titlecaseLetter
  }

  @inline(__always)
  static func isASCIILetter(_ b: UInt8) -> Bool {
    (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
  }

  // MARK: - Whole strings

  /// Maps an ASCII string byte by byte; `f` gets the byte and whether the
  /// previous byte was a letter (for title case).
  static func mapASCII(_ s: PyStr, _ f: (UInt8, Bool) -> UInt8) -> PyStr {
    s.withBytes { h -> PyStr in
      if h.isEmpty { return PyStr.empty }
      let text = String(unsafeUninitializedCapacity: h.count) { out -> Int in
        var previousCased = false
        for i in 0..<h.count {
          let b = h[i]
          out[i] = f(b, previousCased)
          previousCased = isASCIILetter(b)
        }
        return h.count
      }
      return PyStr(ascii: text)
    }
  }

  private static func build(
    _ s: PyStr, _ body: ([Unicode.Scalar], inout String.UnicodeScalarView) -> Void
  ) -> PyStr {
    var out = String.UnicodeScalarView()
    body(s.scalars, &out)
    return PyStr(String(out))
  }

  @inline(__always) static func upperByte(_ b: UInt8) -> UInt8 {
    b >= 0x61 && b <= 0x7A ? b - 32 : b
  }

  @inline(__always) static func lowerByte(_ b: UInt8) -> UInt8 {
    b >= 0x41 && b <= 0x5A ? b + 32 : b
  }

  static func upper(_ s: PyStr) -> PyStr {
    if s.isASCII { return mapASCII(s) { b, _ in upperByte(b) } }
    return build(s) { scalars, out in
      for c in scalars { appendUpper(c, &out) }
    }
  }

  static func lower(_ s: PyStr) -> PyStr {
    if s.isASCII { return mapASCII(s) { b, _ in lowerByte(b) } }
    return build(s) { scalars, out in
      for i in scalars.indices { appendLower(scalars, i, &out) }
    }
  }

  static func casefold(_ s: PyStr) -> PyStr {
    if s.isASCII { return mapASCII(s) { b, _ in lowerByte(b) } }
    return build(s) { scalars, out in
      for c in scalars {
        if let folded = StrCaseFold.special(c.value) {
          for v in folded { out.append(Unicode.Scalar(v) ?? c) }
        } else if c.isASCII || !isKnown(c) {
          out.append(c.isASCII ? Unicode.Scalar(lowerByte(UInt8(c.value))) : c)
        } else {
          append(c.properties.lowercaseMapping, of: c, &out)
        }
      }
    }
  }

  static func title(_ s: PyStr) -> PyStr {
    if s.isASCII {
      return mapASCII(s) { b, previousCased in previousCased ? lowerByte(b) : upperByte(b) }
    }
    return build(s) { scalars, out in
      var previousCased = false
      for i in scalars.indices {
        let c = scalars[i]
        if previousCased {
          appendLower(scalars, i, &out)
        } else {
          appendTitle(c, &out)
        }
        previousCased = isCased(c)
      }
    }
  }

  static func capitalize(_ s: PyStr) -> PyStr {
    if s.isASCII {
      var first = true
      return mapASCII(s) { b, _ in
        defer { first = false }
        return first ? upperByte(b) : lowerByte(b)
      }
    }
    return build(s) { scalars, out in
      for i in scalars.indices {
        if i == 0 {
          appendTitle(scalars[0], &out)
        } else {
          appendLower(scalars, i, &out)
        }
      }
    }
  }

  static func swapcase(_ s: PyStr) -> PyStr {
    if s.isASCII {
      return mapASCII(s) { b, _ in
        b >= 0x41 && b <= 0x5A ? b + 32 : (b >= 0x61 && b <= 0x7A ? b - 32 : b)
      }
    }
    return build(s) { scalars, out in
      for i in scalars.indices {
        let c = scalars[i]
        if isUpper(c) {
          appendLower(scalars, i, &out)
        } else if isLower(c) {
          appendUpper(c, &out)
        } else {
          out.append(c)
        }
      }
    }
  }
}

extension BuiltinTypes {
  static func installStrCaseMethods() {
    let methods: [(String, (PyStr) -> PyStr)] = [
      ("upper", StrCase.upper), ("lower", StrCase.lower), ("casefold", StrCase.casefold),
      ("title", StrCase.title), ("capitalize", StrCase.capitalize),
      ("swapcase", StrCase.swapcase),
    ]
    for (name, transform) in methods {
      let qualified = "str." + name
      str.addMethod(name) { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        let s = try selfValue.strReceiver()
        try args.none(qualified)
        return .object(transform(s))
      }
    }
  }
}
