import CoroSyntax

extension Compiler {
  func compileExpression(_ expr: Expr) throws(SyntaxError) {
    let saved = unit.span
    unit.span = expr.span
    defer { unit.span = saved }

    switch expr.kind {
    case .name(let n):
      compileName(n, .load)

    case .constant(let c):
      loadConstant(codeConstant(c))

    case .joinedString(let parts):
      try compileFString(parts)

    case .unary(let op, let operand):
      if op == .negate, case .constant(let c) = operand.kind, let folded = negated(c) {
        loadConstant(folded)
        return
      }
      try compileExpression(operand)
      switch op {
      case .negate: unit.emit(.unaryNegative)
      case .plus: unit.emit(.unaryPositive)
      case .invert: unit.emit(.unaryInvert)
      case .not: unit.emit(.unaryNot)
      }

    case .binary(let left, let op, let right):
      try compileExpression(left)
      try compileExpression(right)
      unit.emit(.binaryOp, binaryOperation(op, inplace: false).rawValue)

    case .boolean(let op, let values):
      let end = unit.newLabel()
      for (i, value) in values.enumerated() {
        try compileExpression(value)
        if i < values.count - 1 {
          unit.emit(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end)
        }
      }
      unit.place(end)

    case .compare(let first, let rest):
      try compileCompare(first, rest)

    case .conditional(let test, let body, let orElse):
      let elseLabel = unit.newLabel()
      let end = unit.newLabel()
      try compileJumpIf(test, false, to: elseLabel)
      try compileExpression(body)
      unit.emit(.jump, end)
      unit.place(elseLabel)
      try compileExpression(orElse)
      unit.place(end)

    case .lambda(let params, let body):
      try compileLambda(params, body, expr.span)

    case .call(let function, let arguments, let keywords):
      try compileCall(function, arguments, keywords, expr.span)

    case .attribute(let obj, let name):
      try compileExpression(obj)
      unit.emit(.loadAttr, unit.attributeName(name))

    case .subscript(let obj, let index):
      try compileExpression(obj)
      try compileSubscriptIndex(index)
      unit.emit(.binarySubscript)

    case .slice(let lower, let upper, let step):
      try compileOptional(lower)
      try compileOptional(upper)
      if let step {
        try compileExpression(step)
        unit.emit(.buildSlice, 3)
      } else {
        unit.emit(.buildSlice, 2)
      }

    case .starred:
      throw error("can't use starred expression here", expr.span)

    case .list(let items):
      try compileSequence(items, build: .buildList, extend: .listExtend, append: .listAppend)

    case .tuple(let items):
      if let folded = constantTuple(items) {
        loadConstant(folded)
        return
      }
      if items.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
        try compileSequence(items, build: .buildList, extend: .listExtend, append: .listAppend)
        unit.emit(.listToTuple)
      } else {
        for item in items { try compileExpression(item) }
        unit.emit(.buildTuple, items.count)
      }

    case .set(let items):
      if items.count >= 3, let folded = constantItems(items) {
        // CPython builds a set display of 3 or more constants from a
        // frozenset constant; the set's iteration order follows from it.
        unit.emit(.buildSet, 0)
        loadConstant(.frozenset(folded))
        unit.emit(.setUpdate, 1)
        return
      }
      try compileSequence(items, build: .buildSet, extend: .setUpdate, append: .setAdd)

    case .dict(let entries):
      try compileDict(entries)

    case .listComprehension(let element, let generators):
      try compileComprehension(
        expr, name: "<listcomp>", kind: .comprehension, generators: generators
      ) { () throws(SyntaxError) in
        unit.emit(.buildList, 0)
      } element: { (depth: Int) throws(SyntaxError) in
        try compileExpression(element)
        unit.emit(.listAppend, depth + 1)
      }

    case .setComprehension(let element, let generators):
      try compileComprehension(
        expr, name: "<setcomp>", kind: .comprehension, generators: generators
      ) { () throws(SyntaxError) in
        unit.emit(.buildSet, 0)
      } element: { (depth: Int) throws(SyntaxError) in
        try compileExpression(element)
        unit.emit(.setAdd, depth + 1)
      }

    case .dictComprehension(let key, let value, let generators):
      try compileComprehension(
        expr, name: "<dictcomp>", kind: .comprehension, generators: generators
      ) { () throws(SyntaxError) in
        unit.emit(.buildMap, 0)
      } element: { (depth: Int) throws(SyntaxError) in
        try compileExpression(key)
        try compileExpression(value)
        unit.emit(.mapAdd, depth + 1)
      }

    case .generatorExpression(let element, let generators):
      try compileComprehension(
        expr, name: "<genexpr>", kind: .generatorExpression, generators: generators
      ) { () throws(SyntaxError) in
      } element: { (_: Int) throws(SyntaxError) in
        try compileExpression(element)
        if unit.scope.isAsync { unit.emit(.asyncGenWrap) }
        unit.emit(.yieldValue)
        unit.emit(.popTop)
      }

    case .await(let value):
      try checkAwaitAllowed(expr.span, what: "'await'")
      try compileExpression(value)
      unit.emit(.getAwaitable, 0)
      loadConstant(.none)
      emitYieldFromLoop()

    case .yield(let value):
      try checkYieldAllowed(expr.span)
      if let value {
        try compileExpression(value)
      } else {
        loadConstant(.none)
      }
      if unit.scope.isAsync { unit.emit(.asyncGenWrap) }
      unit.emit(.yieldValue)

    case .yieldFrom(let value):
      try checkYieldAllowed(expr.span)
      if unit.scope.isAsync {
        throw error("'yield from' inside async function", expr.span)
      }
      try compileExpression(value)
      unit.emit(.getYieldFromIter)
      loadConstant(.none)
      emitYieldFromLoop()

    case .namedExpression(let target, let value):
      try compileExpression(value)
      unit.emit(.copy, 1)
      try compileStore(target)
    }
  }

  func compileOptional(_ expr: Expr?) throws(SyntaxError) {
    if let expr {
      try compileExpression(expr)
    } else {
      loadConstant(.none)
    }
  }

  /// `[delegate, value]` → the result of `yield from delegate`: sends
  /// values in and yields what comes out until the delegate returns.
  func emitYieldFromLoop() {
    let loop = unit.newLabel()
    let exit = unit.newLabel()
    unit.place(loop)
    unit.emit(.send, exit)
    unit.emit(.yieldValue, 1)
    unit.emit(.jump, loop)
    unit.place(exit)
  }

  func checkAwaitAllowed(_ span: SourceSpan, what: String) throws(SyntaxError) {
    let u = unit
    if u.kind == .module && options.allowTopLevelAwait { return }
    switch u.scope.kind {
    case .module, .classBody:
      if what == "'await'" { throw error("'await' outside function", span) }
      throw error("\(what) outside async function", span)
    case .function:
      if !u.scope.isAsync {
        throw error("\(what) outside async function", span)
      }
    case .comprehension:
      if !u.scope.isAsyncContext {
        throw error("asynchronous comprehension outside of an asynchronous function", span)
      }
    }
  }

  private func checkYieldAllowed(_ span: SourceSpan) throws(SyntaxError) {
    switch unit.scope.kind {
    case .module, .classBody:
      throw error("'yield' outside function", span)
    case .function, .comprehension:
      break
    }
  }

  func compileSubscriptIndex(_ index: Expr) throws(SyntaxError) {
    try compileExpression(index)
  }

  // MARK: - Operators

  func binaryOperation(_ op: BinaryOperator, inplace: Bool) -> BinaryOperation {
    let base: BinaryOperation
    switch op {
    case .add: base = .add
    case .subtract: base = .subtract
    case .multiply: base = .multiply
    case .matrixMultiply: base = .matrixMultiply
    case .trueDivide: base = .trueDivide
    case .floorDivide: base = .floorDivide
    case .modulo: base = .modulo
    case .power: base = .power
    case .leftShift: base = .leftShift
    case .rightShift: base = .rightShift
    case .bitAnd: base = .bitAnd
    case .bitOr: base = .bitOr
    case .bitXor: base = .bitXor
    }
    if inplace { return BinaryOperation(rawValue: base.rawValue + 13) ?? base }
    return base
  }

  private func emitComparison(_ op: CompareOperator) {
    switch op {
    case .equal: unit.emit(.compareOp, ComparisonOperation.equal.rawValue)
    case .notEqual: unit.emit(.compareOp, ComparisonOperation.notEqual.rawValue)
    case .less: unit.emit(.compareOp, ComparisonOperation.less.rawValue)
    case .lessEqual: unit.emit(.compareOp, ComparisonOperation.lessEqual.rawValue)
    case .greater: unit.emit(.compareOp, ComparisonOperation.greater.rawValue)
    case .greaterEqual: unit.emit(.compareOp, ComparisonOperation.greaterEqual.rawValue)
    case .is: unit.emit(.isOp, 0)
    case .isNot: unit.emit(.isOp, 1)
    case .in: unit.emit(.containsOp, 0)
    case .notIn: unit.emit(.containsOp, 1)
    }
  }

  /// `a < b < c` evaluates b once and stops at the first false comparison
  /// (CPython's `compiler_compare`).
  private func compileCompare(_ first: Expr, _ rest: [ComparePair]) throws(SyntaxError) {
    try compileExpression(first)
    if rest.count == 1 {
      if rest[0].op == .in || rest[0].op == .notIn, let folded = foldedIterable(rest[0].right) {
        try at(rest[0].right.span) { () throws(SyntaxError) in loadConstant(folded) }
      } else {
        try compileExpression(rest[0].right)
      }
      emitComparison(rest[0].op)
      return
    }
    let cleanup = unit.newLabel()
    let end = unit.newLabel()
    for pair in rest.dropLast() {
      try compileExpression(pair.right)
      unit.emit(.swap, 2)
      unit.emit(.copy, 2)
      emitComparison(pair.op)
      unit.emit(.jumpIfFalseOrPop, cleanup)
    }
    if let last = rest.last {
      try compileExpression(last.right)
      emitComparison(last.op)
    }
    unit.emit(.jump, end)
    unit.place(cleanup)
    unit.emit(.swap, 2)
    unit.emit(.popTop)
    unit.place(end)
  }

  /// Evaluates `test` and jumps to `label` when its truth equals `condition`,
  /// without building intermediate booleans for `not`, `and`, `or` and
  /// conditional expressions (CPython's `compiler_jump_if`).
  ///
  /// A comparison sets the current position to itself and leaves it set,
  /// as CPython 3.11 does: the jump and whatever the statement emits next
  /// without a position of its own (an assert's raise, a comprehension's
  /// append, a later generator's `GET_ITER`) carry the comparison's
  /// position, which is where a traceback then points.
  func compileJumpIf(_ test: Expr, _ condition: Bool, to label: Label) throws(SyntaxError) {
    switch test.kind {
    case .unary(.not, let operand):
      try compileJumpIf(operand, !condition, to: label)
      return
    case .boolean(let op, let values):
      let isOr = op == .or
      // For `or` jumping on true (or `and` jumping on false) each operand
      // can jump straight to label; otherwise a failing operand skips ahead.
      if isOr == condition {
        for v in values { try compileJumpIf(v, condition, to: label) }
      } else {
        let next = unit.newLabel()
        for v in values.dropLast() { try compileJumpIf(v, !condition, to: next) }
        if let last = values.last { try compileJumpIf(last, condition, to: label) }
        unit.place(next)
      }
      return
    case .conditional(let test, let body, let orElse):
      let end = unit.newLabel()
      let otherwise = unit.newLabel()
      try compileJumpIf(test, false, to: otherwise)
      try compileJumpIf(body, condition, to: label)
      unit.emit(.jump, end)
      unit.place(otherwise)
      try compileJumpIf(orElse, condition, to: label)
      unit.place(end)
      return
    case .compare(let left, let rest):
      unit.span = test.span
      if rest.count == 1, case .constant(.none) = rest[0].right.kind,
        rest[0].op == .is || rest[0].op == .isNot
      {
        try compileExpression(left)
        let jumpIfNone = (rest[0].op == .is) == condition
        unit.emit(jumpIfNone ? .popJumpIfNone : .popJumpIfNotNone, label)
        return
      }
    default:
      break
    }
    try compileExpression(test)
    unit.emit(condition ? .popJumpIfTrue : .popJumpIfFalse, label)
  }

  // MARK: - Displays

  /// Lists, tuples and sets with possible `*x` items: build from the items
  /// before the first star, then extend or append item by item.
  private func compileSequence(_ items: [Expr], build: Opcode, extend: Opcode, append: Opcode) throws(SyntaxError) {
    var prefix = 0
    for item in items {
      if case .starred = item.kind { break }
      prefix += 1
    }
    for item in items[..<prefix] { try compileExpression(item) }
    unit.emit(build, prefix)
    for item in items[prefix...] {
      if case .starred(let inner) = item.kind {
        try compileExpression(inner)
        unit.emit(extend, 1)
      } else {
        try compileExpression(item)
        unit.emit(append, 1)
      }
    }
  }

  private func compileDict(_ entries: [DictEntry]) throws(SyntaxError) {
    var pending = 0
    var built = false
    func flush() {
      if pending > 0 || !built {
        unit.emit(.buildMap, pending)
        if built { unit.emit(.dictUpdate, 1) }
        built = true
        pending = 0
      }
    }
    for entry in entries {
      if let key = entry.key {
        try compileExpression(key)
        try compileExpression(entry.value)
        pending += 1
      } else {
        flush()
        try compileExpression(entry.value)
        unit.emit(.dictUpdate, 1)
      }
    }
    if pending > 0 || !built { flush() }
  }

  private func compileFString(_ parts: [FStringPart]) throws(SyntaxError) {
    var count = 0
    for part in parts {
      switch part {
      case .literal(let s):
        if s.isEmpty { continue }
        loadConstant(.string(s))
        count += 1
      case .formatted(let value, let conversion, let spec):
        try compileExpression(value)
        var flags = 0
        switch conversion {
        case "s": flags = 1
        case "r": flags = 2
        case "a": flags = 3
        default: flags = 0
        }
        if let spec {
          try compileFString(spec)
          flags |= 4
        }
        unit.emit(.formatValue, flags)
        count += 1
      }
    }
    if count == 0 {
      loadConstant(.string(""))
    } else if count > 1 {
      unit.emit(.buildString, count)
    }
  }

  // MARK: - Constants

  func codeConstant(_ c: Constant) -> CodeConstant {
    switch c {
    case .none: return .none
    case .bool(let b): return .bool(b)
    case .ellipsis: return .ellipsis
    case .int(let i): return .int(i)
    case .bigInt(let digits, let radix): return .bigInt(digits: digits, radix: radix)
    case .float(let d): return .float(d)
    case .imaginary(let d): return .imaginary(d)
    case .string(let s): return .string(s)
    case .bytes(let b): return .bytes(b)
    }
  }

  /// `-5` and `-2.5` as constants (CPython's AST optimizer folds them).
  private func negated(_ c: Constant) -> CodeConstant? {
    switch c {
    case .int(let i) where i != Int.min: return .int(-i)
    case .float(let d): return .float(-d)
    default: return nil
    }
  }

  /// A tuple display of constants only, folded into one constant.
  private func constantTuple(_ items: [Expr]) -> CodeConstant? {
    constantItems(items).map { .tuple($0) }
  }

  /// Lists, tuples and sets of constants where CPython's AST optimizer
  /// folds them: the iterable of a `for` and the right side of `in`
  /// become a tuple or frozenset constant.
  func foldedIterable(_ e: Expr) -> CodeConstant? {
    switch e.kind {
    case .list(let items): return constantItems(items).map { .tuple($0) }
    case .set(let items): return constantItems(items).map { .frozenset($0) }
    default: return nil
    }
  }

  /// The constants of a display, when every item is one.
  func constantItems(_ items: [Expr]) -> [CodeConstant]? {
    var values: [CodeConstant] = []
    for item in items {
      switch item.kind {
      case .constant(let c):
        values.append(codeConstant(c))
      case .unary(.negate, let inner):
        guard case .constant(let c) = inner.kind, let n = negated(c) else { return nil }
        values.append(n)
      default:
        return nil
      }
    }
    return values
  }
}
