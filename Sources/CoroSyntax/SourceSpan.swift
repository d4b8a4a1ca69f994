/// A position in source text.
///
/// Lines count from 1, as CPython's `lineno`. Columns count from 0 in
/// Unicode scalars (not UTF-8 bytes, unlike CPython's `col_offset`), which is
/// what the caret lines under a syntax error or a traceback entry need.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }
}

/// The stretch of source a token or AST node covers: `start` is its first
/// character, `end` is one past its last (CPython's `end_col_offset`).
public struct SourceSpan: Equatable, Hashable, Sendable, CustomStringConvertible {
  public var start: SourceLocation
  public var end: SourceLocation

  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// The span from the start of `first` to the end of `last`.
  public init(from first: SourceSpan, to last: SourceSpan) {
    self.start = first.start
    self.end = last.end
  }

  public static let unknown = SourceSpan(
    start: SourceLocation(line: 0, column: 0),
    end: SourceLocation(line: 0, column: 0))

  public var description: String { "\(start)-\(end)" }
}
