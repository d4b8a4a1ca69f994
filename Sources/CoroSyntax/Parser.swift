// The recursive-descent parser: token access, error reporting, and the
// two-pass error scheme that CPython's PEG parser uses.
//
// CPython parses once without its `invalid_*` rules; if that fails, it
// parses again with them so that a specific message ("expected ':'",
// "cannot assign to ...") replaces the generic "invalid syntax". This parser
// does the same one statement at a time: a failed statement is parsed again
// with `diagnosing` set, and the checks guarded by it stand for CPython's
// `invalid_*` rules, in the same order.

import Foundation

/// Parses Python source (a file, a `-c` string or one REPL input) into a
/// module, or throws the `SyntaxError` CPython 3.11 would raise.
///
/// Parsing runs on a thread of its own with a large stack, so that deeply
/// nested input cannot overflow the caller's stack (which may be a small
/// one, such as a concurrency thread's).
public func parseModule(_ source: String, filename: String) throws(SyntaxError) -> Module {
  let result = onLargeStack { () -> Result<Module, SyntaxError> in
    do throws(SyntaxError) {
      return .success(try Parser(lexer: Lexer(source)).parseFile())
    } catch {
      return .failure(error)
    }
  }
  return try result.get()
}

/// A failed parse as the parser passes it along.
struct ParseError: Error {
  var error: SyntaxError
  /// A first-pass "invalid syntax" that the error pass may still replace.
  var isGeneric: Bool
  /// The error pass has run for this failure: report it as it is.
  var isFinal: Bool = false
}

/// Parses tokens into the AST; one instance per file or f-string expression.
final class Parser {
  let tokens: [Token]
  /// The kinds of `tokens` without their text, for cheap checks.
  let tags: [TokenTag]
  /// The index of the last token: the end of file, or the place of the
  /// tokenizer's error.
  let endIndex: Int
  let lexFailure: LexFailure?
  /// The parser looked at the place of the tokenizer's error.
  var reachedLexFailure = false
  /// ... before the error pass: only then could more input have helped.
  var reachedLexFailureInFirstPass = false
  /// The lexer's scalars, for f-string bodies.
  let text: [Unicode.Scalar]
  var index = 0
  /// The furthest token looked at: CPython reports a generic syntax error
  /// at the last token its tokenizer produced.
  var furthest = 0
  /// True while re-parsing a failed statement to find a specific message
  /// (CPython's `call_invalid_rules`; off inside `*_without_invalid`).
  var diagnosing = false
  /// True during the whole error pass.
  var inErrorPass = false
  /// Memoized results of the error pass, which tries alternatives that
  /// would otherwise re-parse the same tokens exponentially often.
  var memo: [MemoKey: MemoEntry] = [:]
  var argumentsMemo: [MemoKey: (result: ([Expr], [Keyword])?, end: Int)] = [:]
  /// How deeply expressions are nested here (and, for an f-string
  /// expression, around it).
  var nesting: Int
  /// For an f-string expression: the line and column of its `{`. Errors
  /// are reported relative to it, as CPython 3.11 does.
  let fstringOrigin: SourceLocation?
  /// Where the first pass failed, for the generic error and for EOF
  /// detection.
  var firstFailureFurthest: Int?

  /// Expressions nested deeper than this are rejected: deeper trees could
  /// overflow the stack of the parser, of Swift's recursive destruction of
  /// the tree, or of the compiler. CPython 3.11 fails near 3000.
  static let maxNesting = 1000

  init(lexer: Lexer, nesting: Int = 0, fstringOrigin: SourceLocation? = nil) {
    let result = lexer.scan()
    var tokens = result.tokens
    if result.failure != nil || tokens.isEmpty {
      // The tokenizer's error stands where the next token would be.
      let at = tokens.last?.span.end ?? SourceLocation(line: 1, column: 0)
      tokens.append(Token(.endOfFile, SourceSpan(start: at, end: at)))
    }
    self.tokens = tokens
    self.tags = tokens.map { TokenTag($0.kind) }
    self.endIndex = tokens.count - 1
    self.lexFailure = result.failure
    self.text = lexer.text
    self.nesting = nesting
    self.fstringOrigin = fstringOrigin
  }

  // MARK: - Entry points

  /// `file: [statements] ENDMARKER`
  func parseFile() throws(SyntaxError) -> Module {
    var body: [Stmt] = []
    do {
      while true {
        if case .endOfFile = peek().kind { break }
        body.append(contentsOf: try parseStatement())
      }
    } catch {
      throw finalError(error)
    }
    if reachedLexFailure, let lexical = lexFailure { throw lexical.error }
    return Module(body: body)
  }

  // MARK: - Tokens

  /// The index of the token `offset` places ahead. Looking at the place of
  /// a tokenizer error (seen as an end-of-file token) records that the
  /// parser reached it: that error is then what gets reported, as in
  /// CPython.
  @inline(__always)
  func position(_ offset: Int) -> Int {
    let position = index + offset
    if position >= endIndex {
      if lexFailure != nil {
        reachedLexFailure = true
        if !inErrorPass { reachedLexFailureInFirstPass = true }
      }
      furthest = max(furthest, endIndex)
      return endIndex
    }
    if position > furthest { furthest = position }
    return position
  }

  /// The token `offset` places ahead.
  @inline(__always)
  func peek(_ offset: Int = 0) -> Token { tokens[position(offset)] }

  /// What kind of token is `offset` places ahead, without its text.
  @inline(__always)
  func tag(_ offset: Int = 0) -> TokenTag { tags[position(offset)] }

  @inline(__always)
  func check(_ punctuator: Punctuator, _ offset: Int = 0) -> Bool {
    tag(offset) == .op(punctuator)
  }

  @inline(__always)
  func check(_ word: ReservedWord, _ offset: Int = 0) -> Bool {
    tag(offset) == .keyword(word)
  }

  func checkNewline(_ offset: Int = 0) -> Bool { tag(offset) == .newline }

  func checkName(_ offset: Int = 0) -> Bool { tag(offset) == .name }

  /// The current token, consumed.
  @discardableResult
  func advance() -> Token {
    let token = peek()
    if index < endIndex { index += 1 }
    return token
  }

  func accept(_ punctuator: Punctuator) -> Token? {
    check(punctuator) ? advance() : nil
  }

  func accept(_ word: ReservedWord) -> Token? {
    check(word) ? advance() : nil
  }

  /// Consumes `punctuator` or fails with a generic error.
  @discardableResult
  func expect(_ punctuator: Punctuator) throws(ParseError) -> Token {
    guard let token = accept(punctuator) else { throw genericError() }
    return token
  }

  @discardableResult
  func expect(_ word: ReservedWord) throws(ParseError) -> Token {
    guard let token = accept(word) else { throw genericError() }
    return token
  }

  /// CPython's `&&'x'`: consumes `punctuator` or reports "expected 'x'" at
  /// the token found instead.
  @discardableResult
  func expectForced(_ punctuator: Punctuator) throws(ParseError) -> Token {
    let token = peek()
    guard accept(punctuator) != nil else {
      throw specificError("expected '\(punctuator.rawValue)'", at: token.span)
    }
    return token
  }

  /// A name token's text, consumed; fails generically on anything else.
  func expectName() throws(ParseError) -> (String, Token) {
    let token = peek()
    guard case .name(let name) = token.kind else { throw genericError() }
    advance()
    return (name, token)
  }

  /// The end of the last token consumed, not counting NEWLINE, INDENT and
  /// DEDENT: where a node ends (CPython's last non-whitespace token).
  var previousEnd: SourceLocation {
    var position = index - 1
    while position >= 0 {
      switch tokens[position].kind {
      case .newline, .indent, .dedent, .endOfFile:
        position -= 1
      default:
        return tokens[position].span.end
      }
    }
    return tokens[0].span.start
  }

  // MARK: - Backtracking

  /// Runs `body`; on a generic failure restores the position and returns
  /// nil. Specific errors propagate.
  func attempt<T>(_ body: () throws(ParseError) -> T) throws(ParseError) -> T? {
    let start = index
    do {
      return try body()
    } catch {
      if error.isGeneric {
        index = start
        return nil
      }
      throw error
    }
  }

  /// Like `attempt`, but in the first pass also hides how far `body`
  /// looked. (In the error pass, as in CPython, everything looked at counts
  /// for "the last token".)
  func speculate<T>(_ body: () throws(ParseError) -> T) throws(ParseError) -> T? {
    let savedFurthest = furthest
    defer { if !inErrorPass { furthest = savedFurthest } }
    return try attempt(body)
  }

  /// Whether `body` would succeed here; consumes nothing.
  func lookahead(_ body: () throws(ParseError) -> Void) throws(ParseError) -> Bool {
    let start = index
    defer { index = start }
    return try speculate(body) != nil
  }
}

/// A rule and position in the error pass's memo table.
struct MemoKey: Hashable {
  var rule: Int
  var position: Int
}

/// A memoized error-pass result: the expression and where it ended, or nil
/// for a generic failure.
struct MemoEntry {
  var expr: Expr?
  var end: Int
}

/// Holds a value across threads; only one thread touches it at a time.
private final class Handoff<T>: @unchecked Sendable {
  var work: (() -> T)?
  var result: T?
}

/// Runs `body` on a new thread with a 512 MiB stack (reserved, not
/// committed) and waits for its result.
func onLargeStack<T>(_ body: @escaping () -> T) -> T {
  let handoff = Handoff<T>()
  handoff.work = body
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    handoff.result = handoff.work?()
    done.signal()
  }
  thread.stackSize = 512 << 20
  thread.start()
  done.wait()
  return handoff.result ?? body()
}

/// A token's kind without its text: cheap to copy and compare.
enum TokenTag: Equatable {
  case name
  case number
  case string
  case unknown
  case newline
  case indent
  case dedent
  case endOfFile
  case op(Punctuator)
  case keyword(ReservedWord)

  init(_ kind: TokenKind) {
    switch kind {
    case .name: self = .name
    case .number: self = .number
    case .string: self = .string
    case .unknown: self = .unknown
    case .newline: self = .newline
    case .indent: self = .indent
    case .dedent: self = .dedent
    case .endOfFile: self = .endOfFile
    case .op(let punctuator): self = .op(punctuator)
    case .keyword(let word): self = .keyword(word)
    }
  }
}
