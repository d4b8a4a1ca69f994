import CoroSyntax

/// A jump target inside one code unit, placed later with `place`.
struct Label: Hashable {
  let id: Int
}

/// What the compiler knows about one enclosing construct when it compiles
/// `break`, `continue` or `return` (CPython's `fblockinfo`): how to leave it.
enum FrameBlock {
  case whileLoop(continueTo: Label, breakTo: Label)
  /// The iterator stays on the stack for the whole loop.
  case forLoop(continueTo: Label, breakTo: Label)
  /// An `async for`: the async iterator stays on the stack.
  case asyncForLoop(continueTo: Label, breakTo: Label)
  /// The body of a `try` with handlers.
  case tryExcept
  /// The body of a `try` with `finally`: leaving it runs the finally body.
  case finallyTry(body: [Stmt])
  /// The exceptional copy of a finally body: an exception is on the stack.
  case finallyEnd
  /// The body of a `with`: leaving it calls `__exit__(None, None, None)`.
  case with(isAsync: Bool, span: SourceSpan)
  /// The handler's matching code (between pushExcInfo and the bodies).
  case exceptionHandler
  /// The clauses of a `try ... except*`: no `break`, `continue` or
  /// `return` may leave them.
  case exceptionGroupHandler
  /// An except body; `name` is the `as` name cleared on the way out, and
  /// then a second protected range is active too.
  case handlerCleanup(name: String?)
  /// A value that must be popped on the way out (a return value kept
  /// while a finally body runs).
  case popValue
}

/// The code object being built for one scope: instructions with symbolic
/// jump targets, its constants and names. `Assembler` turns it into a
/// `CodeObject`.
final class CodeUnit {
  let scope: Scope
  let kind: CodeKind
  let name: String
  let qualifiedName: String
  let firstLine: Int

  var instructions: [Instruction] = []
  var spans: [SourceSpan] = []
  /// Instruction index where each label was placed (-1: not yet).
  var labelPositions: [Int] = []

  var constants: [CodeConstant] = []
  var names: [String] = []
  private var nameIndex: [String: Int] = [:]
  var localNames: [String] = []
  private var localIndex: [String: Int] = [:]
  let cellNames: [String]
  let freeNames: [String]
  private var cellIndex: [String: Int] = [:]

  var blocks: [FrameBlock] = []
  var span: SourceSpan
  var docstring: String?
  var argCount = 0
  var positionalOnlyCount = 0
  var keywordOnlyCount = 0
  var flags: CodeFlags = []

  init(scope: Scope, kind: CodeKind, name: String, qualifiedName: String, firstLine: Int, span: SourceSpan) {
    self.scope = scope
    self.kind = kind
    self.name = name
    self.qualifiedName = qualifiedName
    self.firstLine = firstLine
    self.span = span
    cellNames = scope.cellNames
    freeNames = scope.freeNames
    for (i, n) in (cellNames + freeNames).enumerated() where cellIndex[n] == nil {
      cellIndex[n] = i
    }
    if scope.kind == .function || scope.kind == .comprehension {
      for p in scope.parameterNames { _ = local(p) }
    }
  }

  // MARK: - Emitting

  @discardableResult
  func emit(_ op: Opcode, _ arg: Int = 0) -> Int {
    instructions.append(Instruction(op, arg))
    spans.append(span)
    return instructions.count - 1
  }

  func emit(_ op: Opcode, _ label: Label) {
    emit(op, label.id)
  }

  func newLabel() -> Label {
    labelPositions.append(-1)
    return Label(id: labelPositions.count - 1)
  }

  func place(_ label: Label) {
    labelPositions[label.id] = instructions.count
  }

  /// True when the last emitted instruction never falls through, so code
  /// placed after it is unreachable unless a label lands there.
  var endsInTransfer: Bool {
    guard let last = instructions.last else { return false }
    return last.opcode.isUnconditionalTransfer
  }

  // MARK: - Tables

  func constant(_ c: CodeConstant) -> Int {
    if let i = constants.firstIndex(where: { sameConstant($0, c) }) { return i }
    constants.append(c)
    return constants.count - 1
  }

  /// Constants are shared only when they are the same type and value:
  /// `1`, `1.0` and `True` compare equal in Python but are distinct.
  private func sameConstant(_ a: CodeConstant, _ b: CodeConstant) -> Bool {
    switch (a, b) {
    case (.code, .code): return false
    default: return a == b
    }
  }

  /// The name index for an attribute written `name` in this scope:
  /// private names are mangled as variables are.
  func attributeName(_ name: String) -> Int {
    self.name(scope.mangle(name))
  }

  func name(_ n: String) -> Int {
    if let i = nameIndex[n] { return i }
    names.append(n)
    nameIndex[n] = names.count - 1
    return names.count - 1
  }

  func local(_ n: String) -> Int {
    if let i = localIndex[n] { return i }
    localNames.append(n)
    localIndex[n] = localNames.count - 1
    return localNames.count - 1
  }

  func cell(_ n: String) -> Int? {
    cellIndex[n]
  }

  /// `(cell, slot)` for each parameter that inner scopes capture.
  var cellParameters: [(cell: Int, slot: Int)] {
    var result: [(cell: Int, slot: Int)] = []
    for (i, n) in cellNames.enumerated() {
      if let slot = localIndex[n], scope.parameterNames.contains(n) {
        result.append((cell: i, slot: slot))
      }
    }
    return result
  }
}
