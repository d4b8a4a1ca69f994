// Operators and delimiters, and the bracket checks that go with them.

extension Scanner {
  mutating func scanOperator(_ c: Unicode.Scalar, start: Int) throws(LexFailure) {
    let startLocation = location(start)
    let c2 = next()
    if let two = Scanner.twoCharacterOperator(c, c2) {
      let c3 = next()
      if let three = Scanner.threeCharacterOperator(c, c2, c3) {
        emit(.op(three), from: startLocation, to: location(pos))
      } else {
        backup(c3)
        emit(.op(two), from: startLocation, to: location(pos))
      }
      return
    }
    backup(c2)
    switch c {
    case "(", "[", "{":
      if brackets.count >= Scanner.maxBracketDepth {
        throw error("too many nested parentheses")
      }
      brackets.append((c, line, start - lineStart))
    case ")", "]", "}":
      guard let open = brackets.popLast() else {
        throw error("unmatched '\(c)'")
      }
      let matches =
        (open.scalar == "(" && c == ")") || (open.scalar == "[" && c == "]")
        || (open.scalar == "{" && c == "}")
      if !matches {
        if open.line != line {
          throw error(
            "closing parenthesis '\(c)' does not match opening parenthesis '\(open.scalar)' "
              + "on line \(open.line)")
        }
        throw error(
          "closing parenthesis '\(c)' does not match opening parenthesis '\(open.scalar)'")
      }
    default:
      break
    }
    if !isPrintable(c) {
      throw error("invalid non-printable character U+\(hexDigits(c.value))")
    }
    let kind: TokenKind
    if let one = Scanner.oneCharacterOperator(c) {
      kind = .op(one)
    } else {
      kind = .unknown(c)
    }
    emit(kind, from: startLocation, to: location(pos))
  }

  static func oneCharacterOperator(_ c: Unicode.Scalar) -> Punctuator? {
    switch c {
    case "%": return .percent
    case "&": return .ampersand
    case "(": return .leftParen
    case ")": return .rightParen
    case "*": return .star
    case "+": return .plus
    case ",": return .comma
    case "-": return .minus
    case ".": return .dot
    case "/": return .slash
    case ":": return .colon
    case ";": return .semicolon
    case "<": return .less
    case "=": return .equal
    case ">": return .greater
    case "@": return .at
    case "[": return .leftBracket
    case "]": return .rightBracket
    case "^": return .circumflex
    case "{": return .leftBrace
    case "|": return .verticalBar
    case "}": return .rightBrace
    case "~": return .tilde
    default: return nil
    }
  }

  static func twoCharacterOperator(_ c1: Unicode.Scalar, _ c2: Unicode.Scalar) -> Punctuator? {
    switch (c1, c2) {
    case ("!", "="): return .notEqual
    case ("%", "="): return .percentEqual
    case ("&", "="): return .ampersandEqual
    case ("*", "*"): return .doubleStar
    case ("*", "="): return .starEqual
    case ("+", "="): return .plusEqual
    case ("-", "="): return .minusEqual
    case ("-", ">"): return .arrow
    case ("/", "/"): return .doubleSlash
    case ("/", "="): return .slashEqual
    case (":", "="): return .colonEqual
    case ("<", "<"): return .leftShift
    case ("<", "="): return .lessEqual
    case ("<", ">"): return .lessGreater
    case ("=", "="): return .equalEqual
    case (">", "="): return .greaterEqual
    case (">", ">"): return .rightShift
    case ("@", "="): return .atEqual
    case ("^", "="): return .circumflexEqual
    case ("|", "="): return .verticalBarEqual
    default: return nil
    }
  }

  static func threeCharacterOperator(
    _ c1: Unicode.Scalar, _ c2: Unicode.Scalar, _ c3: Unicode.Scalar
  ) -> Punctuator? {
    switch (c1, c2, c3) {
    case ("*", "*", "="): return .doubleStarEqual
    case ("/", "/", "="): return .doubleSlashEqual
    case ("<", "<", "="): return .leftShiftEqual
    case (">", ">", "="): return .rightShiftEqual
    default: return nil
    }
  }
}
