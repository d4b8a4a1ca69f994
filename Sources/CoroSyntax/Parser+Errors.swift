// Errors: how they are built and placed, which one is reported, the error
// pass, and the nesting limit.

extension Parser {
  /// The error to report for a failed parse: tokenizer errors later in the
  /// file take precedence, as in CPython's `_PyPegen_set_syntax_error`.
  func finalError(_ failure: ParseError) -> SyntaxError {
    if let lexical = lexFailure {
      if reachedLexFailure {
        var error = lexical.error
        error.isUnexpectedEOF = error.isUnexpectedEOF && reachedLexFailureInFirstPass
        return error
      }
      // The parser failed before the tokenizer reached the end of the
      // input, so more input could not help.
      var replacement = lexical.error
      replacement.isUnexpectedEOF = false
      // CPython reports an unexpected indent or unindent without looking
      // at the rest of the input.
      let isIndentError =
        failure.isGeneric && failure.error.kind == .indentationError
      if lexical.overridesParserErrors && !isIndentError { return replacement }
      // Otherwise the rest of the input is tokenized as far as this
      // error, which is not raised: an open bracket there is reported if
      // it opened on a line before the last token the parser read.
      let reached = tokens[min(furthest, tokens.count - 1)]
      if var unclosed = lexical.unclosedBracket, reached.span.start.line > unclosed.location.line {
        unclosed.isUnexpectedEOF = false
        return unclosed
      }
    }
    var error = failure.error
    error.isUnexpectedEOF = isEndOfInput(firstFailureFurthest ?? furthest)
    return fstringOrigin == nil ? clampingMultilineEnd(error) : error
  }

  /// CPython converts the end column of an error from bytes to characters
  /// with the text of the error's first line, even when the error ends on
  /// a later line; the end is then cut to that line's length.
  func clampingMultilineEnd(_ error: SyntaxError) -> SyntaxError {
    guard error.endLocation.line > error.location.line,
      let startLine = lineText(error.location.line),
      let endLine = lineText(error.endLocation.line)
    else { return error }
    let endBytes = endLine.prefix(error.endLocation.column).reduce(0) {
      $0 + UTF8.width($1)
    }
    let lineBytes = startLine.reduce(0) { $0 + UTF8.width($1) }
    let limit = min(endBytes + 1, lineBytes + 1)
    var characters = 0
    var bytes = 0
    for scalar in startLine {
      if bytes >= limit { break }
      bytes += UTF8.width(scalar)
      characters += 1
    }
    if limit > lineBytes { characters += 1 }
    var clamped = error
    clamped.endLocation.column = max(0, characters - 1)
    return clamped
  }

  /// The scalars of line `number` (from 1), without its newline.
  func lineText(_ number: Int) -> ArraySlice<Unicode.Scalar>? {
    var line = 1
    var start = 0
    var position = 0
    while position < text.count {
      if text[position] == "\n" {
        if line == number { return text[start..<position] }
        line += 1
        start = position + 1
      }
      position += 1
    }
    return line == number ? text[start..<text.count] : nil
  }

  /// Whether the token at `position` was produced after the tokenizer hit
  /// the end of the input (CPython's `E_EOF`).
  func isEndOfInput(_ position: Int) -> Bool {
    guard position < tokens.count else { return lexFailure?.error.isUnexpectedEOF ?? false }
    for token in tokens[position...] {
      switch token.kind {
      case .dedent, .endOfFile: continue
      default: return false
      }
    }
    return true
  }

  // MARK: - Errors

  /// CPython's generic error at the last token its tokenizer produced.
  func genericError() -> ParseError {
    let position = min(furthest, tokens.count - 1)
    let token = tokens[position]
    let error: SyntaxError
    switch token.kind {
    case .indent:
      error = SyntaxError(
        .indentationError, "unexpected indent", at: token.span.start, end: token.span.end)
    case .dedent:
      error = SyntaxError(
        .indentationError, "unexpected unindent", at: token.span.start, end: token.span.end)
    case .endOfFile:
      // CPython places this one at the token's own position, which for
      // the end marker is column -1, shown as 0.
      let at = SourceLocation(line: token.span.start.line, column: 0)
      error = SyntaxError(.syntaxError, "invalid syntax", at: at, end: at)
    default:
      error = SyntaxError(.syntaxError, "invalid syntax", at: token.span.start, end: token.span.end)
    }
    return ParseError(error: adjusted(error), isGeneric: true)
  }

  /// A specific error over `span` (CPython's `RAISE_..._KNOWN_LOCATION`).
  func specificError(
    _ message: String, at span: SourceSpan, kind: SyntaxError.Kind = .syntaxError
  ) -> ParseError {
    ParseError(
      error: adjusted(SyntaxError(kind, message, at: span.start, end: span.end)),
      isGeneric: false)
  }

  /// A specific error from `start` to the end of `end`.
  func specificError(
    _ message: String, from start: SourceSpan, to end: SourceSpan,
    kind: SyntaxError.Kind = .syntaxError
  ) -> ParseError {
    specificError(message, at: SourceSpan(from: start, to: end), kind: kind)
  }

  /// CPython's `RAISE_SYNTAX_ERROR`: placed at the last token produced.
  func errorAtLastToken(
    _ message: String, kind: SyntaxError.Kind = .syntaxError
  ) -> ParseError {
    let token = tokens[min(furthest, tokens.count - 1)]
    return specificError(message, at: token.span, kind: kind)
  }

  /// An error at a token that is produced where it must go regardless of
  /// how far the parser looked ahead.
  func errorAtToken(
    _ message: String, _ token: Token, kind: SyntaxError.Kind = .syntaxError
  ) -> ParseError {
    specificError(message, at: token.span, kind: kind)
  }

  /// Errors inside an f-string expression are reported as CPython 3.11
  /// does: prefixed, with columns relative to the `{` on its line.
  func adjusted(_ error: SyntaxError) -> SyntaxError {
    guard let origin = fstringOrigin else { return error }
    var error = error
    error.message = "f-string: " + error.message
    if error.location.line == origin.line {
      error.location.column = max(0, error.location.column - origin.column)
    }
    if error.endLocation.line == origin.line {
      error.endLocation.column = max(0, error.endLocation.column - origin.column)
    }
    return error
  }

  // MARK: - Nesting

  /// Counts one more level of nesting for the duration of a nested parse.
  @inline(__always)
  func enterNesting() throws(ParseError) {
    nesting += 1
    if nesting > Parser.maxNesting {
      nesting -= 1
      throw ParseError(
        error: SyntaxError(
          .syntaxError, "maximum recursion depth exceeded during compilation",
          at: peek().span.start),
        isGeneric: false, isFinal: true)
    }
  }

  @inline(__always)
  func leaveNesting() { nesting -= 1 }

  /// Fails when a node of tree depth `depth` at the current nesting would
  /// exceed the limit; used where loops build chains of nodes.
  func checkChainDepth(_ depth: Int) throws(ParseError) {
    if nesting + depth > Parser.maxNesting {
      throw ParseError(
        error: SyntaxError(
          .syntaxError, "maximum recursion depth exceeded during compilation",
          at: previousEnd),
        isGeneric: false, isFinal: true)
    }
  }

  // MARK: - The error pass

  /// Runs `body`; if it fails with a generic error, runs it again from the
  /// same place in the error pass, and throws the specific error found
  /// there, or else the first error.
  func withErrorPass<T>(_ body: () throws(ParseError) -> T) throws(ParseError) -> T {
    let start = index
    do {
      return try body()
    } catch {
      guard error.isGeneric && !error.isFinal && !diagnosing && !reachedLexFailure else {
        throw error
      }
      if firstFailureFurthest == nil { firstFailureFurthest = furthest }
      let firstFurthest = furthest
      index = start
      diagnosing = true
      inErrorPass = true
      var specific: ParseError?
      do {
        _ = try body()
      } catch let second {
        if !second.isGeneric { specific = second }
      }
      diagnosing = false
      inErrorPass = false
      memo.removeAll()
      argumentsMemo.removeAll()
      furthest = max(furthest, firstFurthest)
      var result = specific ?? error
      result.isFinal = true
      throw result
    }
  }
}
