// The bytecode compiler: AST → code objects.
//
// One `CodeUnit` per scope, compiled depth-first; a nested function's unit
// is finished (assembled into a `CodeObject`) before its parent continues,
// and becomes a constant of the parent. The shape of the generated code
// follows CPython 3.11's Python/compile.c, function by function, so that
// the order of evaluation, the exception handling and the line numbers in
// tracebacks come out the same.

import CoroSyntax

/// How a module is compiled.
public struct CompileOptions: Sendable {
  /// Expression statements at the top level print their value (the REPL).
  public var interactive: Bool
  /// `await` is allowed at the top level (the REPL's top-level await).
  public var allowTopLevelAwait: Bool

  public init(interactive: Bool = false, allowTopLevelAwait: Bool = false) {
    self.interactive = interactive
    self.allowTopLevelAwait = allowTopLevelAwait
  }
}

/// Compiles a parsed module into its code object.
public func compile(
  _ module: Module, filename: String, options: CompileOptions = CompileOptions()
) throws(SyntaxError) -> CodeObject {
  let table = try SymbolTableBuilder.build(module, allowTopLevelAwait: options.allowTopLevelAwait)
  let compiler = Compiler(table: table, filename: filename, options: options)
  return try compiler.compileModule(module)
}

/// Parses and compiles source text.
public func compileSource(
  _ source: String, filename: String, options: CompileOptions = CompileOptions()
) throws(SyntaxError) -> CodeObject {
  let module = try parseModule(source, filename: filename)
  return try compile(module, filename: filename, options: options)
}

final class Compiler {
  let table: SymbolTable
  let filename: String
  let options: CompileOptions
  /// The units being compiled, innermost last.
  var units: [CodeUnit] = []
  /// Nesting of loops, `try`, `with` and function bodies, to enforce
  /// CPython's limit of 20 statically nested blocks.
  var nestingDepth = 0
  /// `from __future__ import annotations` is in effect (PEP 563).
  var futureAnnotations = false
  /// The last pattern of a `match` statement compiled (see compilePattern).
  var lastPatternSpan = SourceSpan(
    start: SourceLocation(line: 1, column: 0), end: SourceLocation(line: 1, column: 0))

  init(table: SymbolTable, filename: String, options: CompileOptions) {
    self.table = table
    self.filename = filename
    self.options = options
  }

  /// The unit being compiled.
  var unit: CodeUnit {
    // `units` is never empty while compiling: compileModule pushes first.
    units[units.count - 1]
  }

  func error(_ message: String, _ span: SourceSpan) -> SyntaxError {
    SyntaxError(.syntaxError, message, at: span.start, end: span.end)
  }

  // MARK: - Module

  func compileModule(_ module: Module) throws(SyntaxError) -> CodeObject {
    let top = CodeUnit(
      scope: table.top, kind: .module, name: "<module>", qualifiedName: "<module>", firstLine: 1,
      span: SourceSpan(start: SourceLocation(line: 1, column: 0), end: SourceLocation(line: 1, column: 0)))
    units.append(top)
    futureAnnotations = Compiler.usesFutureAnnotations(module)
    if containsAnnotations(module.body) { unit.emit(.setupAnnotations) }
    var body = module.body[...]
    if !options.interactive, let doc = docstring(of: module.body), let first = body.first {
      unit.span = first.span
      unit.emit(.loadConst, unit.constant(.string(doc)))
      unit.emit(.storeGlobal, unit.name("__doc__"))
      top.docstring = doc
      body = body.dropFirst()
    }
    try compileBody(body)
    if let last = module.body.last { unit.span = SourceSpan(start: last.span.end, end: last.span.end) }
    unit.emit(.loadConst, unit.constant(.none))
    unit.emit(.returnValue)
    if options.allowTopLevelAwait && table.top.awaitSeen {
      top.flags.insert(.topLevelAwait)
    }
    units.removeLast()
    return try Assembler.assemble(top, filename: filename)
  }

  /// The docstring of a body: a first statement that is a plain string.
  func docstring(of body: [Stmt]) -> String? {
    guard let first = body.first, case .expression(let e) = first.kind,
      case .constant(.string(let s)) = e.kind
    else { return nil }
    return s
  }

  func compileBody<S: Sequence>(_ body: S) throws(SyntaxError) where S.Element == Stmt {
    for stmt in body { try compileStatement(stmt) }
  }

  // MARK: - Names

  enum NameContext {
    case load, store, delete
  }

  /// Emits the instruction that loads, stores or deletes `name` in the
  /// current scope (CPython's `compiler_nameop`).
  func compileName(_ written: String, _ context: NameContext) {
    let u = unit
    let scope = u.scope
    let name = scope.mangle(written)
    let resolution = scope.resolution(of: name)
    switch resolution {
    case .local:
      let slot = u.local(name)
      switch context {
      case .load: u.emit(.loadFast, slot)
      case .store: u.emit(.storeFast, slot)
      case .delete: u.emit(.deleteFast, slot)
      }
    case .cell, .free:
      let index = u.cell(name) ?? 0
      switch context {
      case .load:
        u.emit(scope.kind == .classBody ? .loadClassDeref : .loadDeref, index)
      case .store: u.emit(.storeDeref, index)
      case .delete: u.emit(.deleteDeref, index)
      }
    case .globalExplicit:
      emitGlobal(name, context)
    case .globalImplicit:
      if scope.kind == .classBody {
        emitNamespace(name, context)
      } else {
        emitGlobal(name, context)
      }
    case .namespace:
      if scope.kind == .module {
        emitGlobal(name, context)
      } else {
        emitNamespace(name, context)
      }
    }
  }

  private func emitGlobal(_ name: String, _ context: NameContext) {
    let i = unit.name(name)
    switch context {
    case .load: unit.emit(.loadGlobal, i)
    case .store: unit.emit(.storeGlobal, i)
    case .delete: unit.emit(.deleteGlobal, i)
    }
  }

  private func emitNamespace(_ name: String, _ context: NameContext) {
    let i = unit.name(name)
    switch context {
    case .load: unit.emit(.loadName, i)
    case .store: unit.emit(.storeName, i)
    case .delete: unit.emit(.deleteName, i)
    }
  }

  // MARK: - Helpers

  func loadConstant(_ c: CodeConstant) {
    unit.emit(.loadConst, unit.constant(c))
  }

  /// Runs `body` with the current source span set to `span`, restoring the
  /// previous span afterwards (CPython's SET_LOC around each node).
  @discardableResult
  func at<T>(_ span: SourceSpan, _ body: () throws(SyntaxError) -> T) throws(SyntaxError) -> T {
    let saved = unit.span
    unit.span = span
    defer { unit.span = saved }
    return try body()
  }

  /// The qualified name for a scope named `name` nested in the current unit.
  func qualifiedName(for name: String, isClassOrFunction: Bool = true) -> String {
    let u = unit
    switch u.kind {
    case .module:
      return name
    case .classBody:
      return u.qualifiedName + "." + name
    case .function, .lambda, .comprehension, .generatorExpression:
      // A global declaration makes the name module-level.
      if u.scope.resolution(of: name) == .globalExplicit && isClassOrFunction {
        return name
      }
      return u.qualifiedName + ".<locals>." + name
    }
  }
}
