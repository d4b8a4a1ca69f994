import CoroSyntax

/// `try`, `with` and their handlers, laid out as CPython 3.11's
/// `compiler_try_except`, `compiler_try_finally` and `compiler_with`.
///
/// A handler starts with the stack cut back to its range's depth and the
/// exception pushed. `pushExcInfo` makes the exception the one being handled
/// (saving the previous one below it); `popExcept` restores the previous
/// one. Each handler body is itself protected by a cleanup handler that
/// restores the previous exception before re-raising, so `sys.exc_info()`
/// and implicit chaining always see the right exception.
extension Compiler {
  func compileTryExcept(
    _ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], span: SourceSpan
  ) throws(SyntaxError) {
    let except = unit.newLabel()
    let end = unit.newLabel()
    let cleanup = unit.newLabel()

    unit.emit(.setupFinally, except)
    unit.blocks.append(.tryExcept)
    try compileBody(body)
    unit.blocks.removeLast()
    unit.emit(.popBlock)
    try compileBody(orElse)
    unit.emit(.jump, end)

    unit.place(except)
    unit.emit(.setupCleanup, cleanup)
    unit.emit(.pushExcInfo)
    unit.blocks.append(.exceptionHandler)
    for (i, handler) in handlers.enumerated() {
      try at(handler.span) { () throws(SyntaxError) in
        if handler.type == nil && i < handlers.count - 1 {
          throw error("default 'except:' must be last", handler.span)
        }
        let next = unit.newLabel()
        if let type = handler.type {
          try compileExpression(type)
          unit.emit(.checkExcMatch)
          unit.emit(.popJumpIfFalse, next)
        }
        try compileHandlerBody(handler, end: end)
        unit.place(next)
      }
    }
    unit.blocks.removeLast()
    unit.emit(.reraise)
    unit.place(cleanup)
    emitPopExceptAndReraise()
    unit.place(end)
  }

  /// The body of one matching except clause: `[prev, exc]` on entry.
  private func compileHandlerBody(_ handler: ExceptHandler, end: Label) throws(SyntaxError) {
    if let name = handler.name {
      let cleanupEnd = unit.newLabel()
      compileName(name, .store)
      // try: body finally: name = None; del name
      unit.emit(.setupCleanup, cleanupEnd)
      unit.blocks.append(.handlerCleanup(name: name))
      try compileBody(handler.body)
      unit.blocks.removeLast()
      unit.emit(.popBlock)
      unit.emit(.popBlock)
      unit.emit(.popExcept)
      loadConstant(.none)
      compileName(name, .store)
      compileName(name, .delete)
      unit.emit(.jump, end)

      unit.place(cleanupEnd)
      loadConstant(.none)
      compileName(name, .store)
      compileName(name, .delete)
      unit.emit(.reraise)
    } else {
      unit.emit(.popTop)
      unit.blocks.append(.handlerCleanup(name: nil))
      try compileBody(handler.body)
      unit.blocks.removeLast()
      unit.emit(.popBlock)
      unit.emit(.popExcept)
      unit.emit(.jump, end)
    }
  }

  /// `[prev, exc]`: restore prev as the handled exception, re-raise exc.
  func emitPopExceptAndReraise() {
    unit.emit(.copy, 2)
    unit.emit(.popExcept)
    unit.emit(.reraise)
  }

  func compileTryFinally(
    _ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finally: [Stmt],
    isStar: Bool, span: SourceSpan
  ) throws(SyntaxError) {
    let end = unit.newLabel()
    let exit = unit.newLabel()
    let cleanup = unit.newLabel()

    unit.emit(.setupFinally, end)
    unit.blocks.append(.finallyTry(body: finally))
    if !handlers.isEmpty {
      if isStar {
        try compileTryStar(body, handlers, orElse, span: span)
      } else {
        try compileTryExcept(body, handlers, orElse, span: span)
      }
    } else {
      try compileBody(body)
    }
    unit.blocks.removeLast()
    unit.emit(.popBlock)
    try compileBody(finally)
    unit.emit(.jump, exit)

    unit.place(end)
    unit.emit(.setupCleanup, cleanup)
    unit.emit(.pushExcInfo)
    unit.blocks.append(.finallyEnd)
    try compileBody(finally)
    unit.blocks.removeLast()
    unit.emit(.reraise)
    unit.place(cleanup)
    emitPopExceptAndReraise()
    unit.place(exit)
  }

  /// `try ... except* T as e:` (PEP 654), as CPython 3.11's
  /// `compiler_try_star_except`: each clause splits what is left of the
  /// group, runs on the matching part, and whatever is left or raised anew
  /// is re-raised at the end as one group (`prepReraiseStar`).
  func compileTryStar(
    _ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], span: SourceSpan
  ) throws(SyntaxError) {
    let except = unit.newLabel()
    let orElseLabel = unit.newLabel()
    let end = unit.newLabel()
    let cleanup = unit.newLabel()
    let reraiseStar = unit.newLabel()
    let reraise = unit.newLabel()

    unit.emit(.setupFinally, except)
    unit.blocks.append(.tryExcept)
    try compileBody(body)
    unit.blocks.removeLast()
    unit.emit(.popBlock)
    unit.emit(.jump, orElseLabel)

    unit.place(except)
    unit.emit(.setupCleanup, cleanup)
    unit.emit(.pushExcInfo)
    unit.blocks.append(.exceptionGroupHandler)
    for (i, handler) in handlers.enumerated() {
      try at(handler.span) { () throws(SyntaxError) in
        let clauseDone = unit.newLabel()
        let noMatch = unit.newLabel()
        let exceptWithError = unit.newLabel()
        let cleanupEnd = unit.newLabel()
        if i == 0 {
          // [prev, exc] → [prev, orig, raised = [], exc]
          unit.emit(.copy, 1)
          unit.emit(.buildList, 0)
          unit.emit(.swap, 2)
        }
        guard let type = handler.type else {
          throw error("expected one or more exception types", handler.span)
        }
        try compileExpression(type)
        // [.., rest, type] → [.., rest, match]
        unit.emit(.checkEGMatch)
        unit.emit(.copy, 1)
        unit.emit(.popJumpIfNone, noMatch)
        if let name = handler.name {
          compileName(name, .store)
        } else {
          unit.emit(.popTop)
        }
        unit.emit(.setupCleanup, cleanupEnd)
        unit.blocks.append(.handlerCleanup(name: handler.name))
        try compileBody(handler.body)
        unit.blocks.removeLast()
        unit.emit(.popBlock)
        if let name = handler.name {
          loadConstant(.none)
          compileName(name, .store)
          compileName(name, .delete)
        }
        unit.emit(.jump, clauseDone)

        // Raised in the clause: [.., raised, rest, exc] → add it to raised.
        unit.place(cleanupEnd)
        if let name = handler.name {
          loadConstant(.none)
          compileName(name, .store)
          compileName(name, .delete)
        }
        unit.emit(.listAppend, 2)
        unit.emit(.jump, exceptWithError)

        unit.place(clauseDone)
        unit.emit(.jump, exceptWithError)

        unit.place(noMatch)
        unit.emit(.popTop)

        unit.place(exceptWithError)
        if i == handlers.count - 1 {
          // The unhandled rest (None when all matched) joins the list.
          unit.emit(.listAppend, 1)
          unit.emit(.jump, reraiseStar)
        }
      }
    }
    unit.blocks.removeLast()
    // [prev, orig, raised] → [prev, exception to raise or None]
    unit.place(reraiseStar)
    unit.emit(.prepReraiseStar)
    unit.emit(.copy, 1)
    unit.emit(.popJumpIfNotNone, reraise)
    unit.emit(.popTop)
    unit.emit(.popBlock)
    unit.emit(.popExcept)
    unit.emit(.jump, end)
    unit.place(reraise)
    unit.emit(.popBlock)
    unit.emit(.swap, 2)
    unit.emit(.popExcept)
    unit.emit(.reraise)
    unit.place(cleanup)
    emitPopExceptAndReraise()
    unit.place(orElseLabel)
    try compileBody(orElse)
    unit.place(end)
  }

  // MARK: - with

  func compileWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], isAsync: Bool, span: SourceSpan) throws(SyntaxError) {
    guard let item = items.first else {
      try compileBody(body)
      return
    }
    if isAsync { try checkAwaitAllowed(span, what: "'async with'") }
    let final = unit.newLabel()
    let exit = unit.newLabel()
    let cleanup = unit.newLabel()

    try compileExpression(item.context)
    if isAsync {
      unit.emit(.beforeAsyncWith)
      unit.emit(.getAwaitable, 1)
      loadConstant(.none)
      emitYieldFromLoop()
    } else {
      unit.emit(.beforeWith)
    }
    unit.emit(.setupWith, final)
    unit.blocks.append(.with(isAsync: isAsync, span: span))
    if let target = item.target {
      try compileStore(target)
    } else {
      unit.emit(.popTop)
    }
    try compileWith(items.dropFirst(), body, isAsync: isAsync, span: span)
    unit.blocks.removeLast()
    unit.emit(.popBlock)
    emitCallExitWithNones()
    if isAsync {
      unit.emit(.getAwaitable, 2)
      loadConstant(.none)
      emitYieldFromLoop()
    }
    unit.emit(.popTop)
    unit.emit(.jump, exit)

    // [exit, exc]
    unit.place(final)
    unit.emit(.setupCleanup, cleanup)
    unit.emit(.pushExcInfo)
    unit.emit(.withExceptStart)
    if isAsync {
      unit.emit(.getAwaitable, 2)
      loadConstant(.none)
      emitYieldFromLoop()
    }
    let suppress = unit.newLabel()
    unit.emit(.popJumpIfTrue, suppress)
    unit.emit(.reraise)
    unit.place(cleanup)
    emitPopExceptAndReraise()
    unit.place(suppress)
    unit.emit(.popTop)
    unit.emit(.popBlock)
    unit.emit(.popExcept)
    unit.emit(.popTop)
    unit.place(exit)
  }
}
