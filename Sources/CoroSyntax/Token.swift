// Tokens, as CPython 3.11's tokenizer produces them.

/// One token of source text and where it stands.
public struct Token: Equatable, Sendable, CustomStringConvertible {
  public var kind: TokenKind
  /// Where the token stands. INDENT, DEDENT and end-of-file tokens cover no
  /// text; their span is the zero-width point CPython reports an error at when
  /// the parser fails on them (one before the tokenizer's cursor).
  public var span: SourceSpan
  /// Bracket nesting depth after this token (CPython's `token->level`).
  public var depth: Int

  public init(_ kind: TokenKind, _ span: SourceSpan, depth: Int = 0) {
    self.kind = kind
    self.span = span
    self.depth = depth
  }

  public var description: String { "\(kind)@\(span)" }
}

/// What a token is.
public enum TokenKind: Equatable, Sendable, CustomStringConvertible {
  case name(String)
  case keyword(ReservedWord)
  /// An int, float or imaginary literal, already converted.
  case number(Constant)
  case string(StringLiteral)
  case op(Punctuator)
  /// A character CPython's tokenizer passes on as an operator although no
  /// grammar rule accepts it (`$`, `?`, a lone `!`, a backtick).
  case unknown(Unicode.Scalar)
  case newline
  case indent
  case dedent
  case endOfFile

  public var description: String {
    switch self {
    case .name(let name): return "NAME(\(name))"
    case .keyword(let word): return "'\(word.rawValue)'"
    case .number(let value): return "NUMBER(\(value))"
    case .string(let literal): return "STRING(\(literal.body.debugDescription))"
    case .op(let punctuator): return "'\(punctuator.rawValue)'"
    case .unknown(let scalar): return "'\(scalar)'"
    case .newline: return "NEWLINE"
    case .indent: return "INDENT"
    case .dedent: return "DEDENT"
    case .endOfFile: return "ENDMARKER"
    }
  }
}

/// Python 3.11's hard keywords. The soft keywords `match`, `case` and `_`
/// are ordinary names.
public enum ReservedWord: String, Sendable, CaseIterable {
  case `false` = "False"
  case none = "None"
  case `true` = "True"
  case and
  case `as`
  case assert
  case async
  case await
  case `break`
  case `class`
  case `continue`
  case def
  case del
  case elif
  case `else`
  case except
  case finally
  case `for`
  case from
  case global
  case `if`
  case `import`
  case `in`
  case `is`
  case lambda
  case nonlocal
  case not
  case or
  case pass
  case raise
  case `return`
  case `try`
  case `while`
  case with
  case yield

  private static let byName: [String: ReservedWord] = {
    var table: [String: ReservedWord] = [:]
    for word in ReservedWord.allCases { table[word.rawValue] = word }
    return table
  }()

  /// The keyword spelled `text`, if it is one.
  public static func lookup(_ text: String) -> ReservedWord? { byName[text] }
}

/// Operators and delimiters.
public enum Punctuator: String, Sendable, CaseIterable {
  case leftParen = "("
  case rightParen = ")"
  case leftBracket = "["
  case rightBracket = "]"
  case leftBrace = "{"
  case rightBrace = "}"
  case colon = ":"
  case comma = ","
  case semicolon = ";"
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"
  case verticalBar = "|"
  case ampersand = "&"
  case less = "<"
  case greater = ">"
  case equal = "="
  case dot = "."
  case percent = "%"
  case equalEqual = "=="
  case notEqual = "!="
  /// `<>`: CPython tokenizes it (for `barry_as_FLUFL`) and then rejects it.
  case lessGreater = "<>"
  case lessEqual = "<="
  case greaterEqual = ">="
  case tilde = "~"
  case circumflex = "^"
  case leftShift = "<<"
  case rightShift = ">>"
  case doubleStar = "**"
  case plusEqual = "+="
  case minusEqual = "-="
  case starEqual = "*="
  case slashEqual = "/="
  case percentEqual = "%="
  case ampersandEqual = "&="
  case verticalBarEqual = "|="
  case circumflexEqual = "^="
  case leftShiftEqual = "<<="
  case rightShiftEqual = ">>="
  case doubleStarEqual = "**="
  case doubleSlash = "//"
  case doubleSlashEqual = "//="
  case at = "@"
  case atEqual = "@="
  case arrow = "->"
  case colonEqual = ":="
  case ellipsis = "..."

  /// The operator of an augmented assignment such as `+=`, if this is one.
  public var augmentedOperator: BinaryOperator? {
    switch self {
    case .plusEqual: return .add
    case .minusEqual: return .subtract
    case .starEqual: return .multiply
    case .atEqual: return .matrixMultiply
    case .slashEqual: return .trueDivide
    case .doubleSlashEqual: return .floorDivide
    case .percentEqual: return .modulo
    case .doubleStarEqual: return .power
    case .leftShiftEqual: return .leftShift
    case .rightShiftEqual: return .rightShift
    case .ampersandEqual: return .bitAnd
    case .verticalBarEqual: return .bitOr
    case .circumflexEqual: return .bitXor
    case .leftParen, .rightParen, .leftBracket, .rightBracket, .leftBrace, .rightBrace,
      .colon, .comma, .semicolon, .plus, .minus, .star, .slash, .verticalBar, .ampersand,
      .less, .greater, .equal, .dot, .percent, .equalEqual, .notEqual, .lessGreater,
      .lessEqual, .greaterEqual, .tilde, .circumflex, .leftShift, .rightShift, .doubleStar,
      .doubleSlash, .at, .arrow, .colonEqual, .ellipsis:
      return nil
    }
  }
}

/// A string literal token: its prefix, quotes and undecoded body.
///
/// Decoding (escapes, f-string parsing) is the parser's job, as in CPython,
/// so that decoding errors are reported in CPython's order.
public struct StringLiteral: Equatable, Sendable {
  /// `r`/`R`: backslashes are kept.
  public var isRaw: Bool
  /// `b`/`B`: a bytes literal.
  public var isBytes: Bool
  /// `f`/`F`: an f-string.
  public var isFormatted: Bool
  /// `'''` or `"""`.
  public var isTriple: Bool
  /// The text between the quotes, exactly as written.
  public var body: String
  /// Where the first character of `body` stands.
  public var bodyStart: SourceLocation
  /// Offsets of the body in the lexer's scalar buffer.
  var bodyRange: Range<Int>

  public init(
    isRaw: Bool, isBytes: Bool, isFormatted: Bool, isTriple: Bool, body: String,
    bodyStart: SourceLocation
  ) {
    self.isRaw = isRaw
    self.isBytes = isBytes
    self.isFormatted = isFormatted
    self.isTriple = isTriple
    self.body = body
    self.bodyStart = bodyStart
    self.bodyRange = 0..<0
  }

  init(
    isRaw: Bool, isBytes: Bool, isFormatted: Bool, isTriple: Bool, body: String,
    bodyStart: SourceLocation, bodyRange: Range<Int>
  ) {
    self.init(
      isRaw: isRaw, isBytes: isBytes, isFormatted: isFormatted, isTriple: isTriple, body: body,
      bodyStart: bodyStart)
    self.bodyRange = bodyRange
  }

  public static func == (lhs: StringLiteral, rhs: StringLiteral) -> Bool {
    lhs.isRaw == rhs.isRaw && lhs.isBytes == rhs.isBytes && lhs.isFormatted == rhs.isFormatted
      && lhs.isTriple == rhs.isTriple && lhs.body == rhs.body && lhs.bodyStart == rhs.bodyStart
  }
}
