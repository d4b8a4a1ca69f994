import CoroCompiler
import CoroSyntax

/// The statement-by-statement logic of the interactive prompt, apart from
/// how lines are read (libedit on a terminal, plain reads otherwise).
///
/// It follows CPython's interactive loop: a statement runs as soon as it is
/// complete; a compound statement (anything with a `:` block) waits for an
/// empty line; an unindented line after a block that is not its `else`,
/// `elif`, `except` or `finally` is a syntax error, as in CPython, and
/// takes the whole statement with it. Expression statements print their
/// value and set `_`. Each input is compiled as `<stdin>` with lines counted
/// from 1, so tracebacks read like CPython's.
public final class REPLSession {
  public let interpreter: Interpreter
  private var buffer: [String] = []
  private var inBlock = false
  /// Set when the program asked to exit (SystemExit): the status to exit
  /// with.
  public private(set) var exitStatus: Int32?

  public init(interpreter: Interpreter) {
    self.interpreter = interpreter
    _ = interpreter.usablePromptLoop()
  }

  /// `>>> ` or `... `.
  public var prompt: String { buffer.isEmpty ? ">>> " : "... " }

  public var hasPendingInput: Bool { !buffer.isEmpty }

  /// Drops a partly typed statement (Ctrl-C at the prompt).
  public func discardPendingInput() {
    buffer.removeAll()
    inBlock = false
  }

  /// Feeds one line (without its newline). Returns true when a statement
  /// ran (or failed), false when more input is needed.
  @discardableResult
  public func feed(_ line: String) -> Bool {
    let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
    if buffer.isEmpty && isBlank { return true }
    if inBlock {
      if isBlank {
        // A blank line ends the block unless it sits inside an open
        // bracket or string.
        if case .failure(let e) = Result(catching: { () throws(SyntaxError) in
          try parseModule(buffer.joined(separator: "\n") + "\n", filename: "<stdin>")
        }), e.isUnexpectedEOF {
          buffer.append(line)
          return false
        }
        runBuffer()
        return true
      }
      if let first = line.first, first != " " && first != "\t" && first != "#" && !continuesBlock(line) {
        // CPython's interactive tokenizer sees a new statement inside the
        // compound one: "invalid syntax" at this line.
        buffer.append(line)
        // The caret underlines the statement's first token, as CPython's.
        let width = max(1, line.prefix { $0 == "_" || $0.isLetter || $0.isNumber }.count)
        let error = SyntaxError(
          .syntaxError, "invalid syntax", at: SourceLocation(line: buffer.count, column: 0),
          end: SourceLocation(line: buffer.count, column: width))
        report(error, lines: buffer)
        discardPendingInput()
        return true
      }
      buffer.append(line)
      return false
    }
    buffer.append(line)
    let source = buffer.joined(separator: "\n")
    do throws(SyntaxError) {
      let module = try parseModule(source + "\n", filename: "<stdin>")
      if let last = module.body.last, isCompound(last) {
        inBlock = true
        return false
      }
      runBuffer()
      return true
    } catch {
      if error.isUnexpectedEOF {
        return false
      }
      report(error, lines: buffer)
      discardPendingInput()
      return true
    }
  }

  /// End of input: runs a statement still waiting for its empty line.
  public func finish() {
    if !buffer.isEmpty { runBuffer() }
    interpreter.finishProgram()
  }

  private func continuesBlock(_ line: String) -> Bool {
    let word = line.prefix { $0.isLetter }
    return ["else", "elif", "except", "finally"].contains(String(word))
  }

  private func isCompound(_ stmt: Stmt) -> Bool {
    switch stmt.kind {
    case .if, .while, .for, .with, .functionDef, .classDef, .try: return true
    default: return false
    }
  }

  private func runBuffer() {
    let source = buffer.joined(separator: "\n") + "\n"
    let lines = buffer
    discardPendingInput()
    let code: CodeObject
    do throws(SyntaxError) {
      code = try compileSource(
        source, filename: "<stdin>", options: CompileOptions(interactive: true, allowTopLevelAwait: true))
    } catch {
      report(error, lines: lines)
      return
    }
    let main = interpreter.mainModule(filename: nil)
    var status: Int32?
    LargeStack.run {
      status = self.interpreter.executeInteractive(code, in: main)
    }
    if let status { exitStatus = status }
    interpreter.stdout.flush()
  }

  private func report(_ error: SyntaxError, lines: [String]) {
    interpreter.stdout.flush()
    interpreter.stderr.write(SyntaxErrorReport.format(error, filename: "<stdin>", lines: lines))
  }
}
