/// A syntax error found by the lexer, the parser or the compiler.
///
/// It is reported the way CPython reports one: file and line, the source line,
/// a caret line under `location ..< endLocation`, then `Kind: message`.
public struct SyntaxError: Error, Equatable, Sendable {
  /// Which Python exception class the error is shown as.
  public enum Kind: String, Sendable {
    case syntaxError = "SyntaxError"
    case indentationError = "IndentationError"
    case tabError = "TabError"
  }

  public var kind: Kind
  public var message: String
  /// Where the caret starts (0-based column, in Unicode scalars).
  public var location: SourceLocation
  /// Where the caret ends, exclusive; equal to `location` for one caret.
  public var endLocation: SourceLocation
  /// True when the input ended before a construct was complete (an open
  /// bracket or triple-quoted string, a block header with no body yet).
  /// The REPL asks for another line instead of reporting these.
  public var isUnexpectedEOF: Bool

  public init(
    _ kind: Kind = .syntaxError, _ message: String, at location: SourceLocation,
    end: SourceLocation? = nil, isUnexpectedEOF: Bool = false
  ) {
    self.kind = kind
    self.message = message
    self.location = location
    self.endLocation = end ?? SourceLocation(line: location.line, column: location.column + 1)
    self.isUnexpectedEOF = isUnexpectedEOF
  }
}
