// String literal tokens. Only the extent of a literal is found here; its
// escapes are decoded by `StringDecoder` when the parser builds the constant.

extension Scanner {
  /// Scans a string whose opening quote (at `start` or after its prefix) has
  /// been read; `start` is where the prefix begins.
  mutating func scanString(
    quote: Unicode.Scalar, start: Int, prefix: StringPrefix
  ) throws(LexFailure) {
    let startLocation = location(start)
    let startColumn = start - lineStart
    let startLine = line
    var quoteSize = 1
    var endQuoteSize = 0
    var c = next()
    if c == quote {
      c = next()
      if c == quote {
        quoteSize = 3
      } else {
        endQuoteSize = 1
      }
    }
    if c != quote { backup(c) }
    let bodyStart = endQuoteSize == 1 ? pos - 1 : pos
    let bodyLocation = location(bodyStart)
    while endQuoteSize != quoteSize {
      c = next()
      if c == "\0" || (quoteSize == 1 && c == "\n") {
        let detectedAt = c == "\0" && lineStart == text.count ? line - 1 : line
        let at = SourceLocation(line: startLine, column: startColumn)
        let message =
          quoteSize == 3
          ? "unterminated triple-quoted string literal (detected at line \(detectedAt))"
          : "unterminated string literal (detected at line \(detectedAt))"
        throw LexFailure(
          error: SyntaxError(.syntaxError, message, at: at, end: at, isUnexpectedEOF: c == "\0"),
          overridesParserErrors: true, unclosedBracket: nil)
      }
      if c == quote {
        endQuoteSize += 1
      } else {
        endQuoteSize = 0
        if c == "\n" {
          startNewLine()
        } else if c == "\\" {
          if next() == "\n" { startNewLine() }
        }
      }
    }
    let bodyEnd = pos - quoteSize
    let body = makeString(text[bodyStart..<max(bodyStart, bodyEnd)])
    let literal = StringLiteral(
      isRaw: prefix.isRaw, isBytes: prefix.isBytes, isFormatted: prefix.isFormatted,
      isTriple: quoteSize == 3, body: body, bodyStart: bodyLocation,
      bodyRange: bodyStart..<max(bodyStart, bodyEnd))
    emit(.string(literal), from: startLocation, to: location(pos))
  }
}
