// Annotations, as CPython 3.11's compile.c stores them: a function's in a
// tuple of (name, value) pairs handed to MAKE_FUNCTION; a module's or
// class's in the `__annotations__` dictionary that SETUP_ANNOTATIONS makes.
// Under `from __future__ import annotations` (PEP 563) each annotation is
// its source text, unparsed from the tree as CPython's ast_unparse does.

import CoroSyntax

extension Compiler {
  /// Whether the module starts with `from __future__ import annotations`
  /// (after an optional docstring and other future imports).
  static func usesFutureAnnotations(_ module: Module) -> Bool {
    for (i, stmt) in module.body.enumerated() {
      switch stmt.kind {
      case .expression(let e):
        guard i == 0, case .constant(.string) = e.kind else { return false }
      case .importFrom("__future__", let names, 0):
        if names.contains(where: { $0.name == "annotations" }) { return true }
      default:
        return false
      }
    }
    return false
  }

  /// Pushes an annotation's value: evaluated, or its text under PEP 563.
  func compileAnnotation(_ annotation: Expr) throws(SyntaxError) {
    if futureAnnotations {
      loadConstant(.string(unparse(annotation)))
    } else {
      try compileExpression(annotation)
    }
  }

  /// Pushes the (name, annotation) pairs of a `def` as one tuple; returns
  /// the `makeFunction` flag for it (4), or 0 when nothing is annotated.
  func compileFunctionAnnotations(_ p: Parameters, returns: Expr?) throws(SyntaxError) -> Int {
    var count = 0
    func add(_ parameter: Parameter?) throws(SyntaxError) {
      guard let parameter, let annotation = parameter.annotation else { return }
      loadConstant(.string(unit.scope.mangle(parameter.name)))
      try compileAnnotation(annotation)
      count += 1
    }
    for parameter in p.positionalOnly + p.positional { try add(parameter) }
    try add(p.varArgs)
    for parameter in p.keywordOnly { try add(parameter) }
    try add(p.varKeywords)
    if let returns {
      loadConstant(.string("return"))
      try compileAnnotation(returns)
      count += 1
    }
    guard count > 0 else { return 0 }
    unit.emit(.buildTuple, 2 * count)
    return 4
  }

  /// Whether a module or class body holds an annotated assignment, outside
  /// nested functions and classes (CPython's `find_ann`).
  func containsAnnotations(_ body: [Stmt]) -> Bool {
    for stmt in body {
      switch stmt.kind {
      case .annotatedAssign:
        return true
      case .if(_, let a, let b), .while(_, let a, let b), .for(_, _, let a, let b, _):
        if containsAnnotations(a) || containsAnnotations(b) { return true }
      case .with(_, let a, _):
        if containsAnnotations(a) { return true }
      case .try(let a, let handlers, let b, let c, _):
        if containsAnnotations(a) || containsAnnotations(b) || containsAnnotations(c)
          || handlers.contains(where: { containsAnnotations($0.body) })
        {
          return true
        }
      case .match(_, let cases):
        if cases.contains(where: { containsAnnotations($0.body) }) { return true }
      default:
        continue
      }
    }
    return false
  }

  /// `name: annotation` in a module or class body stores the annotation in
  /// `__annotations__`; other targets there only evaluate it.
  func storeAnnotation(_ target: Expr, _ annotation: Expr, isSimple: Bool) throws(SyntaxError) {
    guard unit.kind == .module || unit.kind == .classBody else { return }
    if isSimple, case .name(let name) = target.kind {
      try compileAnnotation(annotation)
      unit.emit(.loadName, unit.name("__annotations__"))
      loadConstant(.string(unit.scope.mangle(name)))
      unit.emit(.storeSubscript)
    } else if !futureAnnotations {
      try compileExpression(annotation)
      unit.emit(.popTop)
    }
  }

  // MARK: - Unparsing (PEP 563)

  /// The annotation's source text as CPython's `ast.unparse` writes it.
  func unparse(_ e: Expr, _ precedence: Int = 0) -> String {
    switch e.kind {
    case .name(let n): return n
    case .constant(let c): return unparseConstant(c)
    case .attribute(let value, let name): return unparse(value, 100) + "." + name
    case .subscript(let value, let index):
      let inner: String
      if case .tuple(let items) = index.kind, !items.isEmpty {
        inner = items.map { unparse($0) }.joined(separator: ", ")
      } else {
        inner = unparse(index)
      }
      return unparse(value, 100) + "[" + inner + "]"
    case .binary(let a, let op, let b):
      let mine = op == .bitOr ? 10 : 20
      let text = unparse(a, mine) + " " + op.rawValue + " " + unparse(b, mine + 1)
      return precedence > mine ? "(" + text + ")" : text
    case .tuple(let items):
      if items.count == 1 { return "(" + unparse(items[0]) + ",)" }
      return "(" + items.map { unparse($0) }.joined(separator: ", ") + ")"
    case .list(let items):
      return "[" + items.map { unparse($0) }.joined(separator: ", ") + "]"
    case .call(let function, let arguments, let keywords):
      let parts = arguments.map { unparse($0) }
        + keywords.map { ($0.name.map { $0 + "=" } ?? "**") + unparse($0.value) }
      return unparse(function, 100) + "(" + parts.joined(separator: ", ") + ")"
    case .unary(let op, let operand):
      return (op == .not ? "not " : op.rawValue) + unparse(operand, 90)
    case .starred(let value):
      return "*" + unparse(value, 100)
    default:
      return "..."
    }
  }

  private func unparseConstant(_ c: Constant) -> String {
    switch c {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .ellipsis: return "..."
    case .int(let i): return String(i)
    case .bigInt(let digits, _): return digits
    case .float(let d): return String(d)
    case .imaginary(let d):
      // repr(2j) is "2j": an integral part shows without ".0".
      let text = String(d)
      return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + "j"
    case .string(let s):
      let quote = s.contains("'") && !s.contains("\"") ? "\"" : "'"
      return quote + s + quote
    case .bytes: return "b'...'"
    }
  }
}
