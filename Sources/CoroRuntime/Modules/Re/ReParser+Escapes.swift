/// A character or a category inside `[...]`.
enum ReClassAtom {
  case char(UInt32)
  case category(ReCategory)
}

extension ReParser {
  /// Escapes with the same meaning inside and outside classes.
  private static func simpleEscape(_ c: UInt32) -> UInt32? {
    switch Unicode.Scalar(c) {
    case "a": return 7
    case "f": return 12
    case "n": return 10
    case "r": return 13
    case "t": return 9
    case "v": return 11
    case "\\": return 0x5C
    default: return nil
    }
  }

  private static func category(_ c: UInt32) -> ReCategory? {
    switch Unicode.Scalar(c) {
    case "d": return .digit
    case "D": return .notDigit
    case "s": return .space
    case "S": return .notSpace
    case "w": return .word
    case "W": return .notWord
    default: return nil
    }
  }

  /// An escape outside a class: anchors, categories, characters, octal
  /// escapes and backreferences (`\1`).
  mutating func parseEscape(_ escape: ReToken) throws(ReCompileError) -> ReNode {
    let c = escape.char
    switch Unicode.Scalar(c) {
    case "A": return .at(.beginningString)
    case "Z": return .at(.endString)
    case "b": return .at(.boundary)
    case "B": return .at(.nonBoundary)
    default: break
    }
    if let cat = ReParser.category(c) { return .set([.category(cat)], negated: false) }
    if let e = ReParser.simpleEscape(c) { return .literal(e) }
    if let literal = try parseCodeEscape(escape) { return .literal(literal) }
    if c == 0x30 {
      let digits = try source.getWhile(2, ReTokenizer.isOctal)
      return .literal(ReParser.octal([c] + digits))
    }
    if ReTokenizer.isDigit(c) {
      var digits = [c]
      if let n = source.next, !n.escaped, ReTokenizer.isDigit(n.char) {
        digits.append(n.char)
        _ = try source.get()
        if ReTokenizer.isOctal(digits[0]) && ReTokenizer.isOctal(digits[1]),
          let n = source.next, !n.escaped, ReTokenizer.isOctal(n.char)
        {
          digits.append(n.char)
          _ = try source.get()
          let value = ReParser.octal(digits)
          if value > 0o377 {
            throw source.error(
              "octal escape value \\\(ReParser.text(digits)) outside of range 0-0o377", 4)
          }
          return .literal(value)
        }
      }
      let group = Int(ReParser.text(digits)) ?? 0
      if group < state.groups {
        if !state.isClosed(group) {
          throw source.error("cannot refer to an open group", digits.count + 1)
        }
        try checkLookbehindGroup(group)
        return .groupRef(group)
      }
      throw source.error("invalid group reference \(group)", digits.count)
    }
    if ReTokenizer.isASCIILetter(c) { throw source.error("bad escape " + escape.text, 2) }
    return .literal(c)
  }

  /// An escape inside a class.
  mutating func parseClassEscape(_ escape: ReToken) throws(ReCompileError) -> ReClassAtom {
    let c = escape.char
    if c == 0x62 { return .char(8) }  // \b is a backspace here
    if let e = ReParser.simpleEscape(c) { return .char(e) }
    if let cat = ReParser.category(c) { return .category(cat) }
    if let literal = try parseCodeEscape(escape) { return .char(literal) }
    if ReTokenizer.isOctal(c) {
      let digits = [c] + (try source.getWhile(2, ReTokenizer.isOctal))
      let value = ReParser.octal(digits)
      if value > 0o377 {
        throw source.error(
          "octal escape value \\\(ReParser.text(digits)) outside of range 0-0o377", digits.count + 1)
      }
      return .char(value)
    }
    if ReTokenizer.isDigit(c) || ReTokenizer.isASCIILetter(c) {
      throw source.error("bad escape " + escape.text, 2)
    }
    return .char(c)
  }

  /// `\xhh`, `\uhhhh`, `\Uhhhhhhhh` and `\N{name}` (the last three in str
  /// patterns only); nil for other escapes.
  private mutating func parseCodeEscape(_ escape: ReToken) throws(ReCompileError) -> UInt32? {
    let c = escape.char
    let length: Int
    switch Unicode.Scalar(c) {
    case "x": length = 2
    case "u" where source.isText: length = 4
    case "U" where source.isText: length = 8
    case "N" where source.isText:
      if !(try source.match("{")) { throw source.error("missing {") }
      let name = try source.getUntil("}", "character name")
      guard let scalar = ReUnicodeNames.scalar(named: name) else {
        throw source.error(
          "undefined character name \(ReParser.quoted(name))", name.unicodeScalars.count + 4)
      }
      return scalar
    default: return nil
    }
    let digits = try source.getWhile(length, ReTokenizer.isHex)
    let written = escape.text + ReParser.text(digits)
    if digits.count != length {
      throw source.error("incomplete escape " + written, digits.count + 2)
    }
    let value = UInt32(ReParser.text(digits), radix: 16) ?? 0
    if c == 0x55 && Unicode.Scalar(value) == nil && value > 0x10FFFF {
      throw source.error("bad escape " + written, digits.count + 2)
    }
    return value
  }

  /// `[...]`: a class, or a single (negated) literal.
  mutating func parseSet() throws(ReCompileError) -> ReNode {
    let here = source.tell - 1
    var items: [ReSetItem] = []
    let negated = try source.match("^")
    while true {
      guard let this = try source.get() else {
        throw source.error("unterminated character set", source.tell - here)
      }
      if this.isChar("]") && !items.isEmpty { break }
      let first: ReClassAtom = this.escaped ? try parseClassEscape(this) : .char(this.char)
      if try source.match("-") {
        guard let that = try source.get() else {
          throw source.error("unterminated character set", source.tell - here)
        }
        if that.isChar("]") {
          items.append(ReParser.item(first))
          items.append(.char(0x2D))
          break
        }
        let second: ReClassAtom = that.escaped ? try parseClassEscape(that) : .char(that.char)
        let message = "bad character range \(this.text)-\(that.text)"
        guard case .char(let lo) = first, case .char(let hi) = second else {
          throw source.error(message, this.length + 1 + that.length)
        }
        if hi < lo { throw source.error(message, this.length + 1 + that.length) }
        items.append(.range(lo, hi))
      } else {
        items.append(ReParser.item(first))
      }
    }
    if items.count == 1, case .char(let c) = items[0] {
      return negated ? .notLiteral(c) : .literal(c)
    }
    return .set(items, negated: negated)
  }

  private static func item(_ atom: ReClassAtom) -> ReSetItem {
    switch atom {
    case .char(let c): return .char(c)
    case .category(let cat): return .category(cat)
    }
  }

  static func octal(_ digits: [UInt32]) -> UInt32 {
    digits.reduce(0) { $0 * 8 + ($1 - 0x30) }
  }

  static func text(_ units: [UInt32]) -> String {
    var view = String.UnicodeScalarView()
    for u in units { view.append(Unicode.Scalar(u) ?? "\u{FFFD}") }
    return String(view)
  }
}
