import CoroSyntax

/// CPython's limit on statically nested blocks ("too many statically nested
/// blocks"); it also bounds the compiler's own recursion over statements.
let maxStaticBlockNesting = 20

extension Compiler {
  func compileStatement(_ stmt: Stmt) throws(SyntaxError) {
    let saved = unit.span
    unit.span = stmt.span
    defer { unit.span = saved }

    switch stmt.kind {
    case .expression(let e):
      if options.interactive && units.count == 1 {
        try compileExpression(e)
        unit.span = e.span
        unit.emit(.printExpr)
      } else if case .constant = e.kind {
        // A lone constant (a docstring-like string, `...`) does nothing.
        return
      } else {
        try compileExpression(e)
        unit.emit(.popTop)
      }

    case .assign(let targets, let value):
      try compileExpression(value)
      for (i, target) in targets.enumerated() {
        if i < targets.count - 1 { unit.emit(.copy, 1) }
        try compileStore(target)
      }

    case .augmentedAssign(let target, let op, let value):
      try compileAugmentedAssign(target, op, value)

    case .annotatedAssign(let target, let annotation, let value, let isSimple):
      if let value {
        try compileExpression(value)
        try compileStore(target)
      } else {
        // `x: int` binds nothing; `a.b: int` and `a[i]: int` evaluate a.
        switch target.kind {
        case .attribute(let obj, _):
          try compileExpression(obj)
          unit.emit(.popTop)
        case .subscript(let obj, let index):
          try compileExpression(obj)
          unit.emit(.popTop)
          try compileExpression(index)
          unit.emit(.popTop)
        default:
          break
        }
      }
      try storeAnnotation(target, annotation, isSimple: isSimple)


    case .if(let test, let body, let orElse):
      try nested(stmt.span) { () throws(SyntaxError) in
        let end = unit.newLabel()
        let elseLabel = orElse.isEmpty ? end : unit.newLabel()
        try compileJumpIf(test, false, to: elseLabel)
        try compileBody(body)
        if !orElse.isEmpty {
          unit.emit(.jump, end)
          unit.place(elseLabel)
          try compileBody(orElse)
        }
        unit.place(end)
      }

    case .while(let test, let body, let orElse):
      try nested(stmt.span) { () throws(SyntaxError) in
        let loop = unit.newLabel()
        let exitLabel = unit.newLabel()
        let end = unit.newLabel()
        unit.place(loop)
        try compileJumpIf(test, false, to: exitLabel)
        unit.blocks.append(.whileLoop(continueTo: loop, breakTo: end))
        try compileBody(body)
        unit.blocks.removeLast()
        unit.emit(.jump, loop)
        unit.place(exitLabel)
        try compileBody(orElse)
        unit.place(end)
      }

    case .for(let target, let iterable, let body, let orElse, let isAsync):
      try nested(stmt.span) { () throws(SyntaxError) in
        if isAsync {
          try compileAsyncFor(target, iterable, body, orElse, stmt.span)
        } else {
          try compileFor(target, iterable, body, orElse)
        }
      }

    case .with(let items, let body, let isAsync):
      try nested(stmt.span) { () throws(SyntaxError) in
        try compileWith(items[...], body, isAsync: isAsync, span: stmt.span)
      }

    case .functionDef(let def):
      try compileFunctionDef(def, stmt.span)

    case .classDef(let cls):
      try compileClassDef(cls, stmt.span)

    case .return(let value):
      try compileReturn(value, stmt.span)

    case .delete(let targets):
      for t in targets { try compileDelete(t) }

    case .pass, .global, .nonlocal:
      break

    case .break:
      try compileBreak(stmt.span)

    case .continue:
      try compileContinue(stmt.span)

    case .try(let body, let handlers, let orElse, let finally, let isStar):
      try nested(stmt.span) { () throws(SyntaxError) in
        if !finally.isEmpty {
          try compileTryFinally(body, handlers, orElse, finally, isStar: isStar, span: stmt.span)
        } else if isStar {
          try compileTryStar(body, handlers, orElse, span: stmt.span)
        } else {
          try compileTryExcept(body, handlers, orElse, span: stmt.span)
        }
      }

    case .raise(let exception, let cause):
      var n = 0
      if let exception {
        try compileExpression(exception)
        n = 1
        if let cause {
          try compileExpression(cause)
          n = 2
        }
      }
      unit.emit(.raiseVarargs, n)

    case .assert(let test, let message):
      let end = unit.newLabel()
      try compileJumpIf(test, true, to: end)
      unit.emit(.loadAssertionError)
      if let message {
        try compileExpression(message)
        unit.emit(.call, 1)
      }
      unit.emit(.raiseVarargs, 1)
      unit.place(end)

    case .import(let aliases):
      // Every instruction of an import has the statement's position, and
      // module names are mangled like other names (CPython's ADDOP_NAME).
      for alias in aliases {
        loadConstant(.int(0))
        loadConstant(.none)
        unit.emit(.importName, unit.attributeName(alias.name))
        let parts = alias.name.split(separator: ".").map(String.init)
        if let asName = alias.asName {
          // `import a.b.c as d` binds d to the innermost module.
          for part in parts.dropFirst() {
            unit.emit(.importFrom, unit.name(part))
            unit.emit(.swap, 2)
            unit.emit(.popTop)
          }
          compileName(asName, .store)
        } else {
          compileName(parts.first ?? alias.name, .store)
        }
      }

    case .match(let subject, let cases):
      try nested(stmt.span) { () throws(SyntaxError) in
        try compileMatch(subject, cases)
      }

    case .importFrom(let module, let aliases, let level):
      loadConstant(.int(level))
      loadConstant(.tuple(aliases.map { .string($0.name) }))
      unit.emit(.importName, unit.attributeName(module ?? ""))
      if aliases.count == 1 && aliases[0].name == "*" {
        unit.emit(.importStar)
        return
      }
      for alias in aliases {
        unit.emit(.importFrom, unit.attributeName(alias.name))
        compileName(alias.asName ?? alias.name, .store)
      }
      unit.emit(.popTop)
    }
  }

  /// Compiles a compound statement's parts one block level deeper, with
  /// CPython's limit on static nesting.
  func nested(_ span: SourceSpan, _ body: () throws(SyntaxError) -> Void) throws(SyntaxError) {
    nestingDepth += 1
    defer { nestingDepth -= 1 }
    if nestingDepth > maxStaticBlockNesting * 5 {
      throw error("too many statically nested blocks", span)
    }
    try body()
  }

  // MARK: - Loops

  private func compileFor(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws(SyntaxError) {
    let loop = unit.newLabel()
    let cleanup = unit.newLabel()
    let end = unit.newLabel()
    if let folded = foldedIterable(iterable) {
      try at(iterable.span) { () throws(SyntaxError) in loadConstant(folded) }
    } else {
      try compileExpression(iterable)
    }
    unit.emit(.getIter)
    unit.place(loop)
    unit.emit(.forIter, cleanup)
    try compileStore(target)
    unit.blocks.append(.forLoop(continueTo: loop, breakTo: end))
    try compileBody(body)
    unit.blocks.removeLast()
    unit.emit(.jump, loop)
    unit.place(cleanup)
    try compileBody(orElse)
    unit.place(end)
  }

  private func compileAsyncFor(
    _ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orElse: [Stmt], _ span: SourceSpan
  ) throws(SyntaxError) {
    try checkAwaitAllowed(span, what: "'async for'")
    let loop = unit.newLabel()
    let except = unit.newLabel()
    let end = unit.newLabel()
    try compileExpression(iterable)
    unit.emit(.getAIter)
    unit.place(loop)
    unit.emit(.setupFinally, except)
    unit.emit(.getANext)
    loadConstant(.none)
    emitYieldFromLoop()
    unit.emit(.popBlock)
    try compileStore(target)
    unit.blocks.append(.asyncForLoop(continueTo: loop, breakTo: end))
    try compileBody(body)
    unit.blocks.removeLast()
    unit.emit(.jump, loop)
    unit.place(except)
    unit.emit(.endAsyncFor)
    try compileBody(orElse)
    unit.place(end)
  }

  // MARK: - Jumps out of blocks

  private func compileBreak(_ span: SourceSpan) throws(SyntaxError) {
    guard let loopIndex = innermostLoopIndex() else {
      throw error("'break' outside loop", span)
    }
    try unwindBlocks(downTo: loopIndex, preservingTop: false)
    switch unit.blocks[loopIndex] {
    case .forLoop(_, let breakTo):
      unit.emit(.popTop)
      unit.emit(.jump, breakTo)
    case .asyncForLoop(_, let breakTo):
      unit.emit(.popTop)
      unit.emit(.jump, breakTo)
    case .whileLoop(_, let breakTo):
      unit.emit(.jump, breakTo)
    default:
      break
    }
  }

  private func compileContinue(_ span: SourceSpan) throws(SyntaxError) {
    guard let loopIndex = innermostLoopIndex() else {
      throw error("'continue' not properly in loop", span)
    }
    try unwindBlocks(downTo: loopIndex, preservingTop: false)
    switch unit.blocks[loopIndex] {
    case .forLoop(let continueTo, _), .asyncForLoop(let continueTo, _),
      .whileLoop(let continueTo, _):
      unit.emit(.jump, continueTo)
    default:
      break
    }
  }

  private func innermostLoopIndex() -> Int? {
    for i in stride(from: unit.blocks.count - 1, through: 0, by: -1) {
      switch unit.blocks[i] {
      case .whileLoop, .forLoop, .asyncForLoop: return i
      default: continue
      }
    }
    return nil
  }

  private func compileReturn(_ value: Expr?, _ span: SourceSpan) throws(SyntaxError) {
    let u = unit
    guard u.kind == .function || u.kind == .lambda else {
      throw error("'return' outside function", span)
    }
    if value != nil && u.scope.isAsync && u.scope.isGenerator {
      throw error("'return' with value in async generator", span)
    }
    if let value {
      try compileExpression(value)
    }
    let preserve = value != nil
    try unwindBlocks(downTo: 0, preservingTop: preserve, forReturn: true)
    if value == nil { loadConstant(.none) }
    unit.emit(.returnValue)
  }

  /// Emits the code that leaves every block from the innermost down to
  /// (not including) `index`; with `forReturn`, loops are left too (their
  /// iterators popped). `preservingTop` keeps a return value on top.
  /// Mirrors CPython's `compiler_unwind_fblock_stack`.
  func unwindBlocks(downTo index: Int, preservingTop: Bool, forReturn: Bool = false) throws(SyntaxError) {
    var i = unit.blocks.count - 1
    let stop = forReturn ? 0 : index + 1
    while i >= stop {
      let block = unit.blocks[i]
      if case .exceptionGroupHandler = block {
        throw error(
          "'break', 'continue' and 'return' cannot appear in an except* block", unit.span)
      }
      // While a finally body is compiled inline, the blocks inside it must
      // not be unwound twice: pop it off for the duration.
      let saved = unit.blocks
      unit.blocks.removeSubrange(i...)
      defer { unit.blocks = saved }
      try unwind(block, preservingTop: preservingTop)
      i -= 1
    }
  }

  private func unwind(_ block: FrameBlock, preservingTop: Bool) throws(SyntaxError) {
    switch block {
    case .whileLoop, .exceptionHandler, .exceptionGroupHandler:
      break
    case .forLoop, .asyncForLoop:
      if preservingTop { unit.emit(.swap, 2) }
      unit.emit(.popTop)
    case .tryExcept:
      unit.emit(.popBlock)
    case .finallyTry(let body):
      unit.emit(.popBlock)
      if preservingTop { unit.blocks.append(.popValue) }
      try compileBody(body)
      if preservingTop { unit.blocks.removeLast() }
    case .finallyEnd:
      if preservingTop { unit.emit(.swap, 2) }
      unit.emit(.popTop)
      if preservingTop { unit.emit(.swap, 2) }
      unit.emit(.popBlock)
      unit.emit(.popExcept)
    case .with(let isAsync, let span):
      try at(span) { () throws(SyntaxError) in
        unit.emit(.popBlock)
        if preservingTop { unit.emit(.swap, 2) }
        emitCallExitWithNones()
        if isAsync {
          unit.emit(.getAwaitable, 2)
          loadConstant(.none)
          emitYieldFromLoop()
        }
        unit.emit(.popTop)
      }
    case .handlerCleanup(let name):
      if name != nil { unit.emit(.popBlock) }
      if preservingTop { unit.emit(.swap, 2) }
      unit.emit(.popBlock)
      unit.emit(.popExcept)
      if let name {
        loadConstant(.none)
        compileName(name, .store)
        compileName(name, .delete)
      }
    case .popValue:
      if preservingTop { unit.emit(.swap, 2) }
      unit.emit(.popTop)
    }
  }

  /// `[exit] → [exit(None, None, None)]`
  func emitCallExitWithNones() {
    loadConstant(.none)
    loadConstant(.none)
    loadConstant(.none)
    unit.emit(.call, 3)
  }

  // MARK: - Assignment

  /// Stores the value on top of the stack into `target`.
  func compileStore(_ target: Expr) throws(SyntaxError) {
    try at(target.span) { () throws(SyntaxError) in
      switch target.kind {
      case .name(let n):
        compileName(n, .store)
      case .attribute(let obj, let name):
        try compileExpression(obj)
        unit.emit(.storeAttr, unit.attributeName(name))
      case .subscript(let obj, let index):
        try compileExpression(obj)
        try compileSubscriptIndex(index)
        unit.emit(.storeSubscript)
      case .tuple(let items), .list(let items):
        try compileUnpack(items, target.span)
        for item in items {
          if case .starred(let inner) = item.kind {
            try compileStore(inner)
          } else {
            try compileStore(item)
          }
        }
      case .starred:
        throw error("starred assignment target must be in a list or tuple", target.span)
      default:
        throw error("cannot assign to expression", target.span)
      }
    }
  }

  private func compileUnpack(_ items: [Expr], _ span: SourceSpan) throws(SyntaxError) {
    var starIndex: Int?
    for (i, item) in items.enumerated() {
      if case .starred = item.kind {
        if starIndex != nil {
          throw error("multiple starred expressions in assignment", item.span)
        }
        starIndex = i
      }
    }
    if let star = starIndex {
      let after = items.count - star - 1
      if star >= 256 || after >= (1 << 15) {
        throw error("too many expressions in star-unpacking assignment", span)
      }
      unit.emit(.unpackEx, star | (after << 8))
    } else {
      unit.emit(.unpackSequence, items.count)
    }
  }

  private func compileAugmentedAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws(SyntaxError) {
    let operation = binaryOperation(op, inplace: true)
    switch target.kind {
    case .name(let n):
      try at(target.span) { () throws(SyntaxError) in compileName(n, .load) }
      try compileExpression(value)
      unit.emit(.binaryOp, operation.rawValue)
      try at(target.span) { () throws(SyntaxError) in compileName(n, .store) }
    case .attribute(let obj, let name):
      try compileExpression(obj)
      unit.emit(.copy, 1)
      try at(target.span) { () throws(SyntaxError) in unit.emit(.loadAttr, unit.attributeName(name)) }
      try compileExpression(value)
      unit.emit(.binaryOp, operation.rawValue)
      unit.emit(.swap, 2)
      try at(target.span) { () throws(SyntaxError) in unit.emit(.storeAttr, unit.attributeName(name)) }
    case .subscript(let obj, let index):
      try compileExpression(obj)
      try compileSubscriptIndex(index)
      unit.emit(.copy, 2)
      unit.emit(.copy, 2)
      try at(target.span) { () throws(SyntaxError) in unit.emit(.binarySubscript) }
      try compileExpression(value)
      unit.emit(.binaryOp, operation.rawValue)
      unit.emit(.swap, 3)
      unit.emit(.swap, 2)
      try at(target.span) { () throws(SyntaxError) in unit.emit(.storeSubscript) }
    default:
      throw error("'\(describe(target))' is an illegal expression for augmented assignment", target.span)
    }
  }

  private func compileDelete(_ target: Expr) throws(SyntaxError) {
    try at(target.span) { () throws(SyntaxError) in
      switch target.kind {
      case .name(let n):
        compileName(n, .delete)
      case .attribute(let obj, let name):
        try compileExpression(obj)
        unit.emit(.deleteAttr, unit.attributeName(name))
      case .subscript(let obj, let index):
        try compileExpression(obj)
        try compileSubscriptIndex(index)
        unit.emit(.deleteSubscript)
      case .tuple(let items), .list(let items):
        for item in items { try compileDelete(item) }
      default:
        throw error("cannot delete \(describe(target))", target.span)
      }
    }
  }

  /// How CPython names an expression in "cannot assign to ..." messages.
  func describe(_ e: Expr) -> String {
    switch e.kind {
    case .name: return "name"
    case .constant(let c):
      switch c {
      case .none: return "None"
      case .bool(let b): return b ? "True" : "False"
      case .ellipsis: return "ellipsis"
      default: return "literal"
      }
    case .joinedString: return "f-string expression"
    case .unary, .binary: return "expression"
    case .boolean: return "expression"
    case .compare: return "comparison"
    case .conditional: return "conditional expression"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .slice: return "slice"
    case .starred: return "starred"
    case .list: return "list"
    case .tuple: return "tuple"
    case .set: return "set display"
    case .dict: return "dict literal"
    case .listComprehension: return "list comprehension"
    case .setComprehension: return "set comprehension"
    case .dictComprehension: return "dict comprehension"
    case .generatorExpression: return "generator expression"
    case .await: return "await expression"
    case .yield, .yieldFrom: return "yield expression"
    case .namedExpression: return "named expression"
    }
  }
}
