// Number literals, following CPython 3.11's tokenizer step by step so that
// malformed literals get its messages and caret positions.

extension Scanner {
  /// Where `scanNumber` enters the decimal grammar.
  enum NumberStage {
    /// At the first digit.
    case start
    /// At the first digit after a leading `.`.
    case fraction
  }

  /// Scans a number whose first scalar (`first`, at `start`) has been read.
  mutating func scanNumber(
    _ first: Unicode.Scalar, start: Int, stage: NumberStage
  ) throws(LexFailure) {
    let startLocation = location(start)
    var c = first
    var radix = 10
    switch stage {
    case .fraction:
      c = try scanDecimalTail()
      c = try scanExponentAndSuffix(c)
    case .start where c == "0":
      c = next()
      if c == "x" || c == "X" {
        radix = 16
        c = try scanRadixDigits(
          next(), kind: "hexadecimal", isValid: isHexDigit, rejectsDecimalDigits: false)
      } else if c == "o" || c == "O" {
        radix = 8
        c = try scanRadixDigits(
          next(), kind: "octal", isValid: { $0.value >= 48 && $0.value <= 55 },
          rejectsDecimalDigits: true)
      } else if c == "b" || c == "B" {
        radix = 2
        c = try scanRadixDigits(
          next(), kind: "binary", isValid: { $0 == "0" || $0 == "1" },
          rejectsDecimalDigits: true)
      } else {
        c = try scanAfterLeadingZero(c, start: start)
      }
    case .start:
      c = try scanDecimalTail()
      if c == "." {
        c = try scanDecimalFraction(next())
      }
      c = try scanExponentAndSuffix(c)
    }
    backup(c)
    emit(
      .number(numberValue(start: start, end: pos, radix: radix)), from: startLocation,
      to: location(pos))
  }

  /// Digits after `0x`, `0o` or `0b`, with single underscores between them.
  /// Returns the scalar after the literal (read, to be backed up).
  private mutating func scanRadixDigits(
    _ first: Unicode.Scalar, kind: String, isValid: (Unicode.Scalar) -> Bool,
    rejectsDecimalDigits: Bool
  ) throws(LexFailure) -> Unicode.Scalar {
    var c = first
    repeat {
      if c == "_" { c = next() }
      if !isValid(c) {
        if rejectsDecimalDigits && isDigit(c) {
          throw error("invalid digit '\(c)' in \(kind) literal")
        }
        backup(c)
        throw error("invalid \(kind) literal")
      }
      repeat { c = next() } while isValid(c)
    } while c == "_"
    if rejectsDecimalDigits && isDigit(c) {
      throw error("invalid digit '\(c)' in \(kind) literal")
    }
    try verifyEndOfNumber(c, kind: kind)
    return c
  }

  /// After a leading `0` that is not a radix prefix: more zeros, a float,
  /// an imaginary number, or an old-style octal literal (an error).
  private mutating func scanAfterLeadingZero(
    _ first: Unicode.Scalar, start: Int
  ) throws(LexFailure) -> Unicode.Scalar {
    var c = first
    while true {
      if c == "_" {
        c = next()
        if !isDigit(c) {
          backup(c)
          throw error("invalid decimal literal")
        }
      }
      if c != "0" { break }
      c = next()
    }
    let zerosEnd = pos
    var nonzero = false
    if isDigit(c) {
      nonzero = true
      c = try scanDecimalTail()
    }
    if c == "." {
      c = try scanDecimalFraction(next())
      return try scanExponentAndSuffix(c)
    }
    if c == "e" || c == "E" || c == "j" || c == "J" {
      return try scanExponentAndSuffix(c)
    }
    if nonzero {
      backup(c)
      let at = SourceLocation(line: line, column: start - lineStart)
      let end = SourceLocation(line: line, column: zerosEnd - lineStart - 1)
      throw LexFailure(
        error: SyntaxError(
          .syntaxError,
          "leading zeros in decimal integer literals are not permitted; "
            + "use an 0o prefix for octal integers", at: at, end: end),
        overridesParserErrors: true, unclosedBracket: nil)
    }
    try verifyEndOfNumber(c, kind: "decimal")
    return c
  }

  /// Digits after a `.` (`first` is the scalar after the dot).
  private mutating func scanDecimalFraction(
    _ first: Unicode.Scalar
  ) throws(LexFailure) -> Unicode.Scalar {
    if isDigit(first) {
      return try scanDecimalTail()
    }
    return first
  }

  /// An optional exponent and `j` suffix; `first` is the scalar after the
  /// mantissa. Returns the scalar after the literal.
  private mutating func scanExponentAndSuffix(
    _ first: Unicode.Scalar
  ) throws(LexFailure) -> Unicode.Scalar {
    var c = first
    if c == "e" || c == "E" {
      let e = c
      c = next()
      if c == "+" || c == "-" {
        c = next()
        if !isDigit(c) {
          backup(c)
          throw error("invalid decimal literal")
        }
      } else if !isDigit(c) {
        // `1else`: the `e` starts a keyword, not an exponent.
        backup(c)
        try verifyEndOfNumber(e, kind: "decimal")
        backup(e)
        return next()
      }
      c = try scanDecimalTail()
    }
    if c == "j" || c == "J" {
      c = next()
      try verifyEndOfNumber(c, kind: "imaginary")
    } else {
      try verifyEndOfNumber(c, kind: "decimal")
    }
    return c
  }

  /// Decimal digits with single underscores between them; CPython's
  /// `tok_decimal_tail`. Returns the scalar after them.
  mutating func scanDecimalTail() throws(LexFailure) -> Unicode.Scalar {
    var c: Unicode.Scalar
    while true {
      repeat { c = next() } while isDigit(c)
      if c != "_" { break }
      c = next()
      if !isDigit(c) {
        backup(c)
        throw error("invalid decimal literal")
      }
    }
    return c
  }

  /// CPython's `verify_end_of_number`: a literal may be followed directly by
  /// `and`, `else`, `for`, `if`, `in`, `is`, `not` or `or` (deprecated), but
  /// not by any other letter or digit.
  private mutating func verifyEndOfNumber(
    _ c: Unicode.Scalar, kind: String
  ) throws(LexFailure) {
    var keywordFollows = false
    switch c {
    case "a": keywordFollows = lookahead("nd")
    case "e": keywordFollows = lookahead("lse")
    case "f": keywordFollows = lookahead("or")
    case "i":
      let c2 = peek()
      keywordFollows = c2 == "f" || c2 == "n" || c2 == "s"
    case "o": keywordFollows = lookahead("r")
    case "n": keywordFollows = lookahead("ot")
    default: break
    }
    if keywordFollows { return }
    if isPotentialIdentifierChar(c) {
      backup(c)
      throw error("invalid \(kind) literal")
    }
  }

  /// Whether `rest` and then a non-identifier scalar follow.
  private func lookahead(_ rest: String) -> Bool {
    var index = pos
    for scalar in rest.unicodeScalars {
      guard index < text.count && text[index] == scalar else { return false }
      index += 1
    }
    return index >= text.count || !isPotentialIdentifierChar(text[index])
  }

  /// The value of the literal `text[start..<end]`.
  private func numberValue(start: Int, end: Int, radix: Int) -> Constant {
    var digits = String.UnicodeScalarView()
    for scalar in text[start..<end] where scalar != "_" { digits.append(scalar) }
    var literal = String(digits)
    if radix != 10 {
      literal.removeFirst(2)
      return integerValue(literal, radix: radix)
    }
    if let last = literal.unicodeScalars.last, last == "j" || last == "J" {
      literal.removeLast()
      return .imaginary(Double(literal) ?? 0)
    }
    if literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
      return .float(Double(literal) ?? 0)
    }
    return integerValue(literal, radix: 10)
  }

  private func integerValue(_ digits: String, radix: Int) -> Constant {
    if let value = Int(digits, radix: radix) { return .int(value) }
    let significant = digits.drop(while: { $0 == "0" })
    return .bigInt(digits: significant.isEmpty ? "0" : String(significant), radix: radix)
  }
}
