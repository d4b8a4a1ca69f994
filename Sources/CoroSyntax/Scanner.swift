// The tokenizer's state machine: lines, indentation, names and errors.
// Numbers, strings and operators are in the extensions beside this file.

/// The scanning state, one token at a time.
struct Scanner {
  let text: [Unicode.Scalar]
  /// Index of the next scalar to read.
  var pos = 0
  var line: Int
  /// Index of the first scalar of the current line.
  var lineStart = 0
  var previousLineStart = 0
  let firstLine: Int
  let columnBias: Int
  var tokens: [Token] = []
  /// Indentation columns with tabs to multiples of 8, and with tabs as 1,
  /// as CPython keeps them to detect inconsistent tab use.
  var indents: [Int] = [0]
  var altIndents: [Int] = [0]
  var atLineStart = true
  var brackets: [(scalar: Unicode.Scalar, line: Int, column: Int)] = []

  static let maxIndentLevels = 100
  static let maxBracketDepth = 200

  init(text: [Unicode.Scalar], line: Int, columnBias: Int) {
    self.text = text
    self.line = line
    self.firstLine = line
    self.columnBias = columnBias
    tokens.reserveCapacity(text.count / 3 + 8)
  }

  // MARK: Reading

  /// The next scalar, or NUL at the end (NUL bytes are rejected up front).
  @inline(__always)
  mutating func next() -> Unicode.Scalar {
    guard pos < text.count else { return "\0" }
    let scalar = text[pos]
    pos += 1
    return scalar
  }

  /// Steps back over `scalar`, which `next()` returned; NUL (the end) stays.
  @inline(__always)
  mutating func backup(_ scalar: Unicode.Scalar) {
    if scalar != "\0" { pos -= 1 }
  }

  @inline(__always)
  func peek() -> Unicode.Scalar { pos < text.count ? text[pos] : "\0" }

  /// Records that the `\n` just read ended the current line.
  mutating func startNewLine() {
    line += 1
    previousLineStart = lineStart
    lineStart = pos
  }

  /// The location of the scalar at `index` on the current line.
  func location(_ index: Int) -> SourceLocation {
    SourceLocation(line: line, column: index - lineStart + (line == firstLine ? columnBias : 0))
  }

  /// Where CPython places errors at the end of input: on the last line, just
  /// past its text.
  func endOfInputLocation() -> SourceLocation {
    if pos >= text.count && lineStart == text.count && line > firstLine {
      return SourceLocation(line: line - 1, column: max(0, text.count - previousLineStart - 1))
    }
    return SourceLocation(line: line, column: max(0, pos - lineStart - 1))
  }

  // MARK: Errors

  /// CPython's `syntaxerror()`: a caret on the last scalar read.
  func error(_ message: String, eof: Bool = false) -> LexFailure {
    let at = SourceLocation(line: line, column: max(0, pos - lineStart - 1))
    return LexFailure(
      error: SyntaxError(.syntaxError, message, at: at, end: at, isUnexpectedEOF: eof),
      overridesParserErrors: true, unclosedBracket: nil)
  }

  /// An error CPython's parser reports only when it reaches this point
  /// (its tokenizer sets an error code but raises nothing).
  func deferredError(
    _ kind: SyntaxError.Kind, _ message: String, at: SourceLocation, eof: Bool = false
  ) -> LexFailure {
    LexFailure(
      error: SyntaxError(kind, message, at: at, end: at, isUnexpectedEOF: eof),
      overridesParserErrors: false, unclosedBracket: neverClosed())
  }

  /// "'(' was never closed" at the innermost open bracket, if any.
  func neverClosed() -> SyntaxError? {
    guard let open = brackets.last else { return nil }
    let at = SourceLocation(line: open.line, column: open.column)
    return SyntaxError(
      .syntaxError, "'\(open.scalar)' was never closed", at: at, end: at, isUnexpectedEOF: true)
  }

  /// End of input inside brackets: "'(' was never closed".
  func unclosedBracketError() -> LexFailure? {
    guard let error = neverClosed() else { return nil }
    return LexFailure(error: error, overridesParserErrors: false, unclosedBracket: error)
  }

  func tabError() -> LexFailure {
    deferredError(
      .tabError, "inconsistent use of tabs and spaces in indentation",
      at: SourceLocation(line: line, column: 0))
  }

  // MARK: Emitting

  mutating func emit(_ kind: TokenKind, from start: SourceLocation, to end: SourceLocation) {
    tokens.append(Token(kind, SourceSpan(start: start, end: end), depth: brackets.count))
  }

  /// Emits a token with no text (INDENT, DEDENT, end of file).
  mutating func emitMarker(_ kind: TokenKind, at location: SourceLocation) {
    emit(kind, from: location, to: location)
  }

  // MARK: The main loop

  mutating func run() throws(LexFailure) {
    if let nul = text.firstIndex(of: "\0") {
      // CPython raises ValueError here; a SyntaxError at the NUL serves.
      for index in 0..<nul where text[index] == "\n" {
        pos = index + 1
        startNewLine()
      }
      pos = nul + 1
      throw error("source code string cannot contain null bytes")
    }
    while try scanToken() {}
  }

  /// Scans the next token (or the INDENT/DEDENT tokens before it); false
  /// after the end-of-file token.
  mutating func scanToken() throws(LexFailure) -> Bool {
    var blankLine = false
    while true {
      blankLine = false
      if atLineStart {
        atLineStart = false
        blankLine = try scanIndentation()
      }
      while true {
        var c = next()
        while c == " " || c == "\t" || c == "\u{0C}" { c = next() }
        let start = pos - (c == "\0" ? 0 : 1)
        let startLocation = location(start)
        if c == "#" {
          while c != "\0" && c != "\n" { c = next() }
        }
        if c == "\0" {
          if let failure = unclosedBracketError() { throw failure }
          // CPython reads the end of input as a line at indentation zero.
          let at = endOfInputLocation()
          for _ in 1..<indents.count { emitMarker(.dedent, at: at) }
          indents = [0]
          emitMarker(.endOfFile, at: at)
          return false
        }
        if isPotentialIdentifierStart(c) {
          try scanNameOrPrefixedString(c, start: start)
          return true
        }
        if c == "\n" {
          let newlineLocation = location(pos - 1)
          startNewLine()
          atLineStart = true
          if blankLine || !brackets.isEmpty {
            break
          }
          emit(.newline, from: startLocation, to: newlineLocation)
          return true
        }
        if c == "." {
          let c2 = next()
          if isDigit(c2) {
            try scanNumber(c2, start: start, stage: .fraction)
            return true
          }
          if c2 == "." {
            let c3 = next()
            if c3 == "." {
              emit(.op(.ellipsis), from: startLocation, to: location(pos))
              return true
            }
            backup(c3)
          }
          backup(c2)
          emit(.op(.dot), from: startLocation, to: location(pos))
          return true
        }
        if isDigit(c) {
          try scanNumber(c, start: start, stage: .start)
          return true
        }
        if c == "'" || c == "\"" {
          try scanString(quote: c, start: start, prefix: StringPrefix())
          return true
        }
        if c == "\\" {
          try continueLine()
          continue
        }
        try scanOperator(c, start: start)
        return true
      }
    }
  }

  /// Reads a backslash-newline; CPython's `tok_continuation_line`.
  mutating func continueLine() throws(LexFailure) {
    let c = next()
    if c != "\n" {
      throw deferredError(
        .syntaxError, "unexpected character after line continuation character",
        at: SourceLocation(line: line, column: max(0, pos - lineStart - 1)))
    }
    startNewLine()
    if peek() == "\0" {
      if let failure = unclosedBracketError() { throw failure }
      throw deferredError(
        .syntaxError, "unexpected EOF while parsing", at: endOfInputLocation(), eof: true)
    }
  }

  /// Measures the indentation of a new line and emits INDENT or DEDENT
  /// tokens; returns whether the line is blank (only a comment or nothing).
  mutating func scanIndentation() throws(LexFailure) -> Bool {
    var column = 0
    var altColumn = 0
    var continuationColumn = 0
    while true {
      let c = next()
      if c == " " {
        column += 1
        altColumn += 1
      } else if c == "\t" {
        column = (column / 8 + 1) * 8
        altColumn += 1
      } else if c == "\u{0C}" {
        column = 0
        altColumn = 0
      } else if c == "\\" {
        // The first backslash fixes the indentation of what follows.
        continuationColumn = continuationColumn != 0 ? continuationColumn : column
        try continueLine()
      } else {
        backup(c)
        break
      }
      if column > 1_000_000 { column = 1_000_000 }
    }
    let c = peek()
    let blank = c == "#" || c == "\n"
    guard !blank && brackets.isEmpty else { return blank }
    if continuationColumn != 0 {
      column = continuationColumn
      altColumn = continuationColumn
    }
    let current = indents[indents.count - 1]
    let altCurrent = altIndents[altIndents.count - 1]
    // CPython places errors at INDENT/DEDENT tokens one before its cursor.
    let markerLocation = peek() == "\0" ? endOfInputLocation() : location(max(lineStart, pos - 1))
    if column == current {
      if altColumn != altCurrent { throw tabError() }
    } else if column > current {
      if indents.count >= Scanner.maxIndentLevels {
        throw deferredError(
          .indentationError, "too many levels of indentation",
          at: SourceLocation(line: line, column: 0))
      }
      if altColumn <= altCurrent { throw tabError() }
      indents.append(column)
      altIndents.append(altColumn)
      emitMarker(.indent, at: markerLocation)
    } else {
      var dedents = 0
      while indents.count > 1 && column < indents[indents.count - 1] {
        indents.removeLast()
        altIndents.removeLast()
        dedents += 1
      }
      if column != indents[indents.count - 1] {
        var end = pos
        while end < text.count && text[end] != "\n" { end += 1 }
        throw deferredError(
          .indentationError, "unindent does not match any outer indentation level",
          at: SourceLocation(line: line, column: end - lineStart))
      }
      if altColumn != altIndents[altIndents.count - 1] { throw tabError() }
      for _ in 0..<dedents { emitMarker(.dedent, at: markerLocation) }
    }
    return false
  }

  // MARK: Names

  /// A name, a keyword, or a string with a prefix such as `rb"..."`.
  mutating func scanNameOrPrefixedString(
    _ first: Unicode.Scalar, start: Int
  ) throws(LexFailure) {
    var c = first
    var prefix = StringPrefix()
    var sawU = false
    while true {
      if (c == "b" || c == "B") && !(prefix.isBytes || sawU || prefix.isFormatted) {
        prefix.isBytes = true
      } else if (c == "u" || c == "U")
        && !(prefix.isBytes || sawU || prefix.isRaw || prefix.isFormatted)
      {
        sawU = true
      } else if (c == "r" || c == "R") && !(prefix.isRaw || sawU) {
        prefix.isRaw = true
      } else if (c == "f" || c == "F") && !(prefix.isFormatted || prefix.isBytes || sawU) {
        prefix.isFormatted = true
      } else {
        break
      }
      c = next()
      if c == "\"" || c == "'" {
        try scanString(quote: c, start: start, prefix: prefix)
        return
      }
    }
    var nonASCII = false
    while isPotentialIdentifierChar(c) {
      if c.value >= 128 { nonASCII = true }
      c = next()
    }
    backup(c)
    let startLocation = location(start)
    if nonASCII { try verifyIdentifier(start: start) }
    var name = makeString(text[start..<pos])
    if let word = ReservedWord.lookup(name) {
      emit(.keyword(word), from: startLocation, to: location(pos))
      return
    }
    if nonASCII { name = normalizeIdentifier(name) }
    emit(.name(name), from: startLocation, to: location(pos))
  }

  /// Rejects a non-ASCII name that is not a Unicode identifier, with a caret
  /// on the first bad character.
  mutating func verifyIdentifier(start: Int) throws(LexFailure) {
    for index in start..<pos {
      let scalar = text[index]
      let valid =
        index == start
        ? scalar.properties.isXIDStart || scalar == "_"
        : scalar.properties.isXIDContinue
      if valid { continue }
      pos = index + 1
      let hex = hexDigits(scalar.value)
      if isPrintable(scalar) {
        throw error("invalid character '\(scalar)' (U+\(hex))")
      }
      throw error("invalid non-printable character U+\(hex)")
    }
  }
}
