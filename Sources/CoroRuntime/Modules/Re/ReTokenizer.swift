/// One token of a pattern: a character, or a backslash and the character
/// after it (sre_parse's tokens are one or two characters long).
struct ReToken: Equatable {
  let char: UInt32
  let escaped: Bool

  var length: Int { escaped ? 2 : 1 }

  /// The token as written, for error messages and group names.
  var text: String {
    let c = String(Unicode.Scalar(char).map { Character($0) } ?? "\u{FFFD}")
    return escaped ? "\\" + c : c
  }

  /// Whether this is the plain (unescaped) character `c`.
  @inline(__always)
  func isChar(_ c: Unicode.Scalar) -> Bool { !escaped && char == c.value }
}

/// Reads a pattern token by token, keeping the position errors report.
struct ReTokenizer {
  let units: [UInt32]
  let isText: Bool
  private(set) var index = 0
  private(set) var next: ReToken?

  init(_ units: [UInt32], isText: Bool) throws(ReCompileError) {
    self.units = units
    self.isText = isText
    try advance()
  }

  /// Moves to the next token; a backslash that ends the pattern is an
  /// error as soon as it is reached, as in sre.
  private mutating func advance() throws(ReCompileError) {
    guard index < units.count else {
      next = nil
      return
    }
    let c = units[index]
    if c == 0x5C {
      guard index + 1 < units.count else {
        throw .syntax("bad escape (end of pattern)", units.count - 1)
      }
      next = ReToken(char: units[index + 1], escaped: true)
      index += 2
    } else {
      next = ReToken(char: c, escaped: false)
      index += 1
    }
  }

  /// The position of the next token.
  var tell: Int { index - (next?.length ?? 0) }

  mutating func seek(_ position: Int) throws(ReCompileError) {
    index = position
    try advance()
  }

  /// Consumes the next token if it is the plain character `c`.
  mutating func match(_ c: Unicode.Scalar) throws(ReCompileError) -> Bool {
    guard let n = next, n.isChar(c) else { return false }
    try advance()
    return true
  }

  /// Consumes and returns the next token (nil at the end).
  mutating func get() throws(ReCompileError) -> ReToken? {
    let this = next
    try advance()
    return this
  }

  /// Up to `n` plain characters that pass `test`.
  mutating func getWhile(_ n: Int, _ test: (UInt32) -> Bool) throws(ReCompileError) -> [UInt32] {
    var result: [UInt32] = []
    for _ in 0..<n {
      guard let c = next, !c.escaped, test(c.char) else { break }
      result.append(c.char)
      try advance()
    }
    return result
  }

  /// The text up to `terminator` (consumed), for group names.
  mutating func getUntil(_ terminator: Unicode.Scalar, _ name: String) throws(ReCompileError) -> String {
    var result = ""
    var length = 0
    while true {
      let c = next
      try advance()
      guard let c else {
        if length == 0 { throw error("missing " + name) }
        throw error("missing \(terminator), unterminated name", length)
      }
      if c.isChar(terminator) {
        if length == 0 { throw error("missing " + name, 1) }
        break
      }
      result += c.text
      length += c.length
    }
    return result
  }

  /// An error at the current position minus `offset`.
  func error(_ message: String, _ offset: Int = 0) -> ReCompileError {
    .syntax(message, tell - offset)
  }

  static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
  static func isOctal(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x37 }
  static func isHex(_ c: UInt32) -> Bool {
    isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
  }
  static func isASCIILetter(_ c: UInt32) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
  }
}
