/// A replacement template of `sub` and `Match.expand`: literal text and
/// group references (`\1`, `\g<name>`, `\g<0>`), with sre's escapes.
struct ReTemplate {
  enum Part {
    case literal([UInt32])
    case group(Int)
  }

  let parts: [Part]

  /// The template has no group references at all.
  var isLiteral: Bool {
    parts.allSatisfy { if case .literal = $0 { return true } else { return false } }
  }

  /// Parses `units` for a pattern with `groups` groups and `names`.
  static func parse(
    _ units: [UInt32], isText: Bool, groups: Int, names: [String: Int]
  ) throws(ReCompileError) -> ReTemplate {
    var s = try ReTokenizer(units, isText: isText)
    var parts: [Part] = []
    var literal: [UInt32] = []
    func addGroup(_ index: Int, _ offset: Int) throws(ReCompileError) {
      if index > groups { throw s.error("invalid group reference \(index)", offset) }
      if !literal.isEmpty {
        parts.append(.literal(literal))
        literal = []
      }
      parts.append(.group(index))
    }
    while let this = try s.get() {
      guard this.escaped else {
        literal.append(this.char)
        continue
      }
      let c = this.char
      if c == 0x67 {  // \g<...>
        if !(try s.match("<")) { throw s.error("missing <") }
        let name = try s.getUntil(">", "group name")
        let length = name.unicodeScalars.count
        let index: Int
        if ReParser.isIdentifier(name) {
          guard let i = names[name] else {
            throw .index("unknown group name \(ReParser.quoted(name))")
          }
          index = i
        } else {
          guard let i = ReParser.decimalNumber(name) else {
            throw s.error("bad character in group name \(ReParser.quoted(name))", length + 1)
          }
          index = i
        }
        try addGroup(index, length + 1)
      } else if c == 0x30 {
        var digits: [UInt32] = [c]
        for _ in 0..<2 {
          guard let n = s.next, !n.escaped, ReTokenizer.isOctal(n.char) else { break }
          digits.append(n.char)
          _ = try s.get()
        }
        literal.append(ReParser.octal(digits) & 0xFF)
      } else if ReTokenizer.isDigit(c) {
        var digits: [UInt32] = [c]
        var isOctal = false
        if let n = s.next, !n.escaped, ReTokenizer.isDigit(n.char) {
          digits.append(n.char)
          _ = try s.get()
          if ReTokenizer.isOctal(c) && ReTokenizer.isOctal(digits[1]),
            let n = s.next, !n.escaped, ReTokenizer.isOctal(n.char)
          {
            digits.append(n.char)
            _ = try s.get()
            isOctal = true
            let value = ReParser.octal(digits)
            if value > 0o377 {
              throw s.error(
                "octal escape value \\\(ReParser.text(digits)) outside of range 0-0o377", 4)
            }
            literal.append(value)
          }
        }
        if !isOctal {
          try addGroup(Int(ReParser.text(digits)) ?? 0, digits.count)
        }
      } else if let e = ReTemplate.escape(c) {
        literal.append(e)
      } else if ReTokenizer.isASCIILetter(c) {
        throw s.error("bad escape " + this.text, 2)
      } else {
        literal.append(0x5C)
        literal.append(c)
      }
    }
    if !literal.isEmpty { parts.append(.literal(literal)) }
    return ReTemplate(parts: parts)
  }

  /// sre's ESCAPES as the template knows them.
  private static func escape(_ c: UInt32) -> UInt32? {
    switch Unicode.Scalar(c) {
    case "a": return 7
    case "b": return 8
    case "f": return 12
    case "n": return 10
    case "r": return 13
    case "t": return 9
    case "v": return 11
    case "\\": return 0x5C
    default: return nil
    }
  }

  /// The replacement text for a match: units of `text` selected by
  /// `slots`; groups that did not match give nothing.
  func expand(text: [UInt32], slots: [Int]) -> [UInt32] {
    var out: [UInt32] = []
    for part in parts {
      switch part {
      case .literal(let units):
        out.append(contentsOf: units)
      case .group(let g):
        let a = slots[2 * g]
        let b = slots[2 * g + 1]
        if a >= 0 && b >= a { out.append(contentsOf: text[a..<b]) }
      }
    }
    return out
  }
}
