// The tokenizer: a port of the decisions in CPython 3.11's Parser/tokenizer.c,
// including where it places its errors, since the parser's error positions
// and the REPL's "needs more input" decision depend on them.

/// Turns Python source into tokens, as CPython 3.11's tokenizer does.
///
/// The whole source is tokenized up front. A tokenizer error ends the token
/// list; the parser reports it when it reaches that point, or earlier when
/// CPython would (see `LexFailure.overridesParserErrors`).
public struct Lexer {
  /// The source with `\r\n` and `\r` turned into `\n` and a final `\n` added,
  /// as CPython's `translate_newlines` does for exec input.
  let text: [Unicode.Scalar]
  let firstLine: Int
  /// Added to the columns of tokens on the first line: an f-string
  /// expression is tokenized on its own but keeps its place in the file.
  let firstColumn: Int

  /// A lexer for a whole file.
  public init(_ source: String) {
    self.text = Lexer.normalize(source)
    self.firstLine = 1
    self.firstColumn = 0
  }

  /// A lexer for text that starts at `line`:`column` of a file.
  init(scalars: [Unicode.Scalar], line: Int, column: Int) {
    self.text = scalars
    self.firstLine = line
    self.firstColumn = column
  }

  /// All tokens up to and including the end-of-file token, or the first error.
  public func tokenize() throws(SyntaxError) -> [Token] {
    let result = scan()
    if let failure = result.failure { throw failure.error }
    return result.tokens
  }

  /// The tokens up to the first error, and that error.
  func scan() -> LexResult {
    var scanner = Scanner(text: text, line: firstLine, columnBias: firstColumn)
    do {
      try scanner.run()
      return LexResult(tokens: scanner.tokens, failure: nil)
    } catch {
      return LexResult(tokens: scanner.tokens, failure: error)
    }
  }

  /// The source as scalars, with newlines normalized, a leading byte-order
  /// mark dropped and a final newline added.
  static func normalize(_ source: String) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(source.utf8.count + 1)
    var previousWasCR = false
    var first = true
    for scalar in source.unicodeScalars {
      defer { first = false }
      if first && scalar == "\u{FEFF}" { continue }
      if scalar == "\r" {
        result.append("\n")
        previousWasCR = true
        continue
      }
      if scalar == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = false
      result.append(scalar)
    }
    if result.last != "\n" { result.append("\n") }
    return result
  }
}

/// The outcome of tokenizing: tokens up to the first error, and the error.
struct LexResult {
  var tokens: [Token]
  var failure: LexFailure?
}

/// A tokenizer error and how it ranks against parser errors.
struct LexFailure: Error {
  var error: SyntaxError
  /// CPython raises most tokenizer errors as soon as its tokenizer meets
  /// them, and after a parser error it tokenizes the rest of the file to look
  /// for them; those replace the parser's error. Indentation errors, a bad
  /// line continuation and end of input are only reported when the parser
  /// itself reaches them.
  var overridesParserErrors: Bool
  /// For a deferred error (end of input, a bad line continuation) met
  /// inside brackets: "'(' was never closed" at the innermost open one.
  /// After a parser error, CPython tokenizes the rest of the input and
  /// reports this instead when the parser's last token is on a later line
  /// than the bracket (`_PyPegen_tokenize_full_source_to_check_for_errors`).
  var unclosedBracket: SyntaxError?
}

/// The letters before a string's opening quote.
struct StringPrefix {
  var isRaw = false
  var isBytes = false
  var isFormatted = false
}

// MARK: - Character classes

@inline(__always)
func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

@inline(__always)
func isHexDigit(_ c: Unicode.Scalar) -> Bool {
  isDigit(c) || (c.value >= 97 && c.value <= 102) || (c.value >= 65 && c.value <= 70)
}

@inline(__always)
func isPotentialIdentifierStart(_ c: Unicode.Scalar) -> Bool {
  let v = c.value
  return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || v >= 128
}

@inline(__always)
func isPotentialIdentifierChar(_ c: Unicode.Scalar) -> Bool {
  isPotentialIdentifierStart(c) || isDigit(c)
}

/// Python's `str.isprintable()` for one character.
func isPrintable(_ c: Unicode.Scalar) -> Bool {
  if c.value < 0x7F { return c.value >= 0x20 }
  switch c.properties.generalCategory {
  case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
    .paragraphSeparator, .spaceSeparator:
    return false
  case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
    .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
    .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
    .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
    .modifierSymbol, .otherSymbol:
    return true
  @unknown default:
    return true
  }
}

/// At least four upper-case hex digits, as CPython's `%04X`.
func hexDigits(_ value: UInt32) -> String {
  let digits = String(value, radix: 16, uppercase: true)
  return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
}

/// A string from scalars, with a fast path for ASCII (most names).
func makeString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
  var isASCII = true
  for scalar in scalars where scalar.value >= 0x80 {
    isASCII = false
    break
  }
  if isASCII {
    return String(unsafeUninitializedCapacity: scalars.count) { buffer in
      var index = 0
      for scalar in scalars {
        buffer[index] = UInt8(truncatingIfNeeded: scalar.value)
        index += 1
      }
      return index
    }
  }
  var view = String.UnicodeScalarView()
  view.append(contentsOf: scalars)
  return String(view)
}
