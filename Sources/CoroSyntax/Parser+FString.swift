// F-string bodies, following CPython 3.11's Parser/string_parser.c: the
// literal text and the `{...}` fields are found by scanning the body, and
// each field's expression is tokenized and parsed on its own as
// "(" + text + ")", placed where it stands in the file.

extension Parser {
  /// CPython's `_PyPegen_FstringParser_ConcatFstring`: the parts of a body
  /// (level 0) or of a format spec (level 1 and 2).
  func parseFStringParts(
    _ position: inout Int, end: Int, isRaw: Bool, level: Int,
    into builder: inout FStringBuilder, _ scan: inout FStringScan
  ) throws(ParseError) {
    while true {
      let (literal, isDoubledBrace) = try findFStringLiteral(
        &position, end: end, isRaw: isRaw, level: level, scan)
      if let literal { builder.appendLiteral(literal) }
      if isDoubledBrace { continue }
      if position >= end || text[position] == "}" { break }
      try parseFStringField(
        &position, end: end, isRaw: isRaw, level: level, into: &builder, &scan)
    }
    if level != 0 && (position >= end || text[position] != "}") {
      throw errorAtToken("f-string: expecting '}'", scan.errorToken)
    }
  }

  /// CPython's `fstring_find_literal`: literal text up to a `{` or `}`.
  /// A doubled brace ends the literal with one brace; the flag says so.
  private func findFStringLiteral(
    _ position: inout Int, end: Int, isRaw: Bool, level: Int, _ scan: FStringScan
  ) throws(ParseError) -> (String?, Bool) {
    var cursor = position
    let literalStart = cursor
    var isDoubledBrace = false
    scanning: while cursor < end {
      var c = text[cursor]
      cursor += 1
      if !isRaw && c == "\\" && cursor < end {
        c = text[cursor]
        cursor += 1
        if c == "N" {
          // `\N{NAME}`: its braces are not fields.
          if cursor < end {
            let next = text[cursor]
            cursor += 1
            if next == "{" {
              while cursor < end {
                let inner = text[cursor]
                cursor += 1
                if inner == "}" { break }
              }
              continue
            }
          }
          break
        }
      }
      if c == "{" || c == "}" {
        if level == 0 {
          if cursor < end && text[cursor] == c {
            position = cursor + 1
            isDoubledBrace = true
            return (try decodeFStringLiteral(literalStart..<cursor, isRaw: isRaw, scan), true)
          }
          if c == "}" {
            position = cursor - 1
            throw errorAtToken("f-string: single '}' is not allowed", scan.errorToken)
          }
        }
        cursor -= 1
        break scanning
      }
    }
    position = cursor
    return (try decodeFStringLiteral(literalStart..<cursor, isRaw: isRaw, scan), isDoubledBrace)
  }

  private func decodeFStringLiteral(
    _ range: Range<Int>, isRaw: Bool, _ scan: FStringScan
  ) throws(ParseError) -> String? {
    if range.isEmpty { return nil }
    do {
      return try StringDecoder.decodeString(text[range], isRaw: isRaw)
    } catch {
      throw errorAtToken(error.message, scan.errorToken)
    }
  }

  /// CPython's `fstring_find_expr`: one `{expression[=][!c][:spec]}` field,
  /// starting at its `{`.
  private func parseFStringField(
    _ position: inout Int, end: Int, isRaw: Bool, level: Int,
    into builder: inout FStringBuilder, _ scan: inout FStringScan
  ) throws(ParseError) {
    let errorToken = scan.errorToken
    func fail(_ message: String) -> ParseError { errorAtToken(message, errorToken) }
    if level >= 2 { throw fail("f-string: expressions nested too deeply") }
    let brace = position
    position += 1
    let expressionStart = position
    var quote: Unicode.Scalar?
    var isTripleQuoted = false
    var brackets: [Unicode.Scalar] = []
    scanning: while position < end {
      let c = text[position]
      if c == "\\" { throw fail("f-string expression part cannot include a backslash") }
      if let open = quote {
        if c == open {
          if isTripleQuoted {
            if position + 2 < end && text[position + 1] == c && text[position + 2] == c {
              position += 3
              quote = nil
              continue
            }
          } else {
            position += 1
            quote = nil
            continue
          }
        }
        position += 1
        continue
      }
      switch c {
      case "'", "\"":
        if position + 2 < end && text[position + 1] == c && text[position + 2] == c {
          isTripleQuoted = true
          position += 2
        } else {
          isTripleQuoted = false
        }
        quote = c
      case "[", "{", "(":
        if brackets.count >= Scanner.maxBracketDepth {
          throw fail("f-string: too many nested parenthesis")
        }
        brackets.append(c)
      case "#":
        throw fail("f-string expression part cannot include '#'")
      case "!", ":", "}", "=", ">", "<":
        guard brackets.isEmpty else {
          if c == "}" { try closeBracket(c, &brackets, fail) }
          break
        }
        if position + 1 < end {
          let next = text[position + 1]
          if next == "=" && (c == "!" || c == "=" || c == "<" || c == ">") {
            position += 2
            continue
          }
        }
        if c == ">" || c == "<" { break }
        break scanning
      case "]", ")":
        try closeBracket(c, &brackets, fail)
      default:
        break
      }
      position += 1
    }
    let expressionEnd = position
    if quote != nil { throw fail("f-string: unterminated string") }
    if let open = brackets.last { throw fail("f-string: unmatched '\(open)'") }
    if position >= end { throw fail("f-string: expecting '}'") }

    let expression = try compileFStringExpression(
      expressionStart..<expressionEnd, brace: brace, &scan)

    var expressionText: String?
    if text[position] == "=" {
      position += 1
      while position < end, isASCIISpace(text[position]) { position += 1 }
      if position >= end { throw fail("f-string: expecting '}'") }
      expressionText = String(String.UnicodeScalarView(text[expressionStart..<position]))
    }
    var conversion: Character?
    if text[position] == "!" {
      position += 1
      if position >= end { throw fail("f-string: expecting '}'") }
      let c = text[position]
      position += 1
      guard c == "s" || c == "r" || c == "a" else {
        throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
      }
      conversion = Character(c)
    }
    var formatSpec: [FStringPart]?
    if position < end && text[position] == ":" {
      position += 1
      if position >= end { throw fail("f-string: expecting '}'") }
      var specBuilder = FStringBuilder()
      try parseFStringParts(
        &position, end: end, isRaw: isRaw, level: level + 1, into: &specBuilder, &scan)
      formatSpec = specBuilder.finish()
    }
    if position >= end || text[position] != "}" { throw fail("f-string: expecting '}'") }
    position += 1
    if expressionText != nil && formatSpec == nil && conversion == nil { conversion = "r" }
    if let expressionText { builder.appendLiteral(expressionText) }
    builder.append(.formatted(expression, conversion: conversion, formatSpec: formatSpec))
  }

  private func closeBracket(
    _ c: Unicode.Scalar, _ brackets: inout [Unicode.Scalar], _ fail: (String) -> ParseError
  ) throws(ParseError) {
    guard let open = brackets.popLast() else { throw fail("f-string: unmatched '\(c)'") }
    let matches =
      (open == "(" && c == ")") || (open == "[" && c == "]") || (open == "{" && c == "}")
    if !matches {
      throw fail(
        "f-string: closing parenthesis '\(c)' does not match opening parenthesis '\(open)'")
    }
  }

  /// CPython's `fstring_compile_expr`: parses the field's text as
  /// "(" + text + ")" with the `(` standing on the field's `{`.
  private func compileFStringExpression(
    _ range: Range<Int>, brace: Int, _ scan: inout FStringScan
  ) throws(ParseError) -> Expr {
    let isBlank = text[range].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" }
    if isBlank {
      let terminator = range.upperBound < text.count ? text[range.upperBound] : "}"
      throw errorAtToken(
        terminator == "}"
          ? "f-string: empty expression not allowed"
          : "f-string: expression required before '\(terminator)'", scan.errorToken)
    }
    var scalars: [Unicode.Scalar] = ["("]
    scalars.append(contentsOf: text[range])
    scalars.append(contentsOf: [")", "\n"])
    let origin = scan.locator.location(of: brace, in: text)
    let parser = Parser(
      lexer: Lexer(scalars: scalars, line: origin.line, column: origin.column),
      nesting: nesting + 1, fstringOrigin: origin)
    do {
      return try parser.parseFStringExpression()
    } catch {
      throw ParseError(error: error, isGeneric: false, isFinal: true)
    }
  }

  /// `fstring: star_expressions`, for a field's parenthesized text.
  func parseFStringExpression() throws(SyntaxError) -> Expr {
    do throws(ParseError) {
      let expr = try withErrorPass { () throws(ParseError) in try parseStarExpressions() }
      if reachedLexFailure, let lexical = lexFailure {
        throw ParseError(error: lexical.error, isGeneric: false, isFinal: true)
      }
      return expr
    } catch {
      throw finalError(error)
    }
  }
}

/// Python's `Py_ISSPACE` for ASCII.
private func isASCIISpace(_ c: Unicode.Scalar) -> Bool {
  c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" || c == "\u{0B}"
}
