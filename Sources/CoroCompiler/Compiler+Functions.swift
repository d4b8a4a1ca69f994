import CoroSyntax

extension Compiler {
  // MARK: - def and lambda

  func compileFunctionDef(_ def: FunctionDef, _ span: SourceSpan) throws(SyntaxError) {
    for d in def.decorators { try compileExpression(d) }
    var flags = try compileDefaults(def.parameters)
    flags |= try compileFunctionAnnotations(def.parameters, returns: def.returns)
    guard let scope = table.scopesByKey[ScopeKey(span, SymbolTableBuilder.functionTag)] else {
      throw error("internal error: no scope for function '\(def.name)'", span)
    }
    let firstLine = def.decorators.first?.span.start.line ?? span.start.line
    let inner = CodeUnit(
      scope: scope, kind: .function, name: def.name, qualifiedName: qualifiedName(for: def.name),
      firstLine: firstLine, span: span)
    setParameters(inner, def.parameters)
    inner.flags.formUnion(functionKindFlags(scope))
    units.append(inner)
    var body = def.body[...]
    if let doc = docstring(of: def.body) {
      inner.docstring = doc
      body = body.dropFirst()
    }
    try nested(span) { () throws(SyntaxError) in try compileBody(body) }
    if !inner.endsInTransfer || inner.labelPositions.contains(inner.instructions.count) {
      if let last = def.body.last { inner.span = last.span }
      loadConstant(.none)
      unit.emit(.returnValue)
    }
    units.removeLast()
    let code = try Assembler.assemble(inner, filename: filename)
    try emitMakeFunction(code, flags: flags, span)
    for _ in def.decorators { unit.emit(.call, 1) }
    compileName(def.name, .store)
  }

  func compileLambda(_ params: Parameters, _ body: Expr, _ span: SourceSpan) throws(SyntaxError) {
    let flags = try compileDefaults(params)
    guard let scope = table.scopesByKey[ScopeKey(span, SymbolTableBuilder.lambdaTag)] else {
      throw error("internal error: no scope for lambda", span)
    }
    let inner = CodeUnit(
      scope: scope, kind: .lambda, name: "<lambda>",
      qualifiedName: qualifiedName(for: "<lambda>", isClassOrFunction: false),
      firstLine: span.start.line, span: span)
    setParameters(inner, params)
    inner.flags.formUnion(functionKindFlags(scope))
    units.append(inner)
    try compileExpression(body)
    if scope.isGenerator {
      // A generator lambda's body value is discarded, like CPython's.
      unit.emit(.popTop)
      loadConstant(.none)
    }
    unit.emit(.returnValue)
    units.removeLast()
    let code = try Assembler.assemble(inner, filename: filename)
    try emitMakeFunction(code, flags: flags, span)
  }

  private func functionKindFlags(_ scope: Scope) -> CodeFlags {
    if scope.isAsync && scope.isGenerator { return .asyncGenerator }
    if scope.isAsync { return .coroutine }
    if scope.isGenerator { return .generator }
    return []
  }

  private func setParameters(_ unit: CodeUnit, _ p: Parameters) {
    unit.argCount = p.positionalOnly.count + p.positional.count
    unit.positionalOnlyCount = p.positionalOnly.count
    unit.keywordOnlyCount = p.keywordOnly.count
    if p.varArgs != nil { unit.flags.insert(.varArgs) }
    if p.varKeywords != nil { unit.flags.insert(.varKeywords) }
  }

  /// Pushes the defaults tuple and keyword-defaults dict; returns the
  /// `makeFunction` flags for them.
  private func compileDefaults(_ p: Parameters) throws(SyntaxError) -> Int {
    var flags = 0
    if !p.defaults.isEmpty {
      for d in p.defaults { try compileExpression(d) }
      unit.emit(.buildTuple, p.defaults.count)
      flags |= 1
    }
    var keywordDefaults = 0
    for (param, value) in zip(p.keywordOnly, p.keywordDefaults) {
      guard let value else { continue }
      loadConstant(.string(param.name))
      try compileExpression(value)
      keywordDefaults += 1
    }
    if keywordDefaults > 0 {
      unit.emit(.buildMap, keywordDefaults)
      flags |= 2
    }
    return flags
  }

  /// Pushes the closure (if the code has free variables) and the code, and
  /// makes the function.
  func emitMakeFunction(_ code: CodeObject, flags: Int, _ span: SourceSpan) throws(SyntaxError) {
    var flags = flags
    if !code.freeNames.isEmpty {
      for name in code.freeNames {
        guard let index = unit.cell(name) else {
          throw error("internal error: free variable '\(name)' not found", span)
        }
        unit.emit(.loadClosure, index)
      }
      unit.emit(.buildTuple, code.freeNames.count)
      flags |= 8
    }
    loadConstant(.code(code))
    unit.emit(.makeFunction, flags)
  }

  // MARK: - class

  func compileClassDef(_ cls: ClassDef, _ span: SourceSpan) throws(SyntaxError) {
    for d in cls.decorators { try compileExpression(d) }
    guard let scope = table.scopesByKey[ScopeKey(span, SymbolTableBuilder.classTag)] else {
      throw error("internal error: no scope for class '\(cls.name)'", span)
    }
    unit.emit(.loadBuildClass)
    let firstLine = cls.decorators.first?.span.start.line ?? span.start.line
    let qualified = qualifiedName(for: cls.name)
    let body = CodeUnit(
      scope: scope, kind: .classBody, name: cls.name, qualifiedName: qualified,
      firstLine: firstLine, span: span)
    body.flags.insert(.namespace)
    units.append(body)
    if containsAnnotations(cls.body) { unit.emit(.setupAnnotations) }
    unit.emit(.loadName, unit.name("__name__"))
    unit.emit(.storeName, unit.name("__module__"))
    loadConstant(.string(qualified))
    unit.emit(.storeName, unit.name("__qualname__"))
    var statements = cls.body[...]
    if let doc = docstring(of: cls.body) {
      loadConstant(.string(doc))
      unit.emit(.storeName, unit.name("__doc__"))
      body.docstring = doc
      statements = statements.dropFirst()
    }
    try nested(span) { () throws(SyntaxError) in try compileBody(statements) }
    if scope.needsClassCell, let cell = unit.cell("__class__") {
      unit.emit(.loadClosure, cell)
      unit.emit(.copy, 1)
      unit.emit(.storeName, unit.name("__classcell__"))
    } else {
      loadConstant(.none)
    }
    unit.emit(.returnValue)
    units.removeLast()
    let code = try Assembler.assemble(body, filename: filename)

    let hasStar = cls.bases.contains { if case .starred = $0.kind { return true } else { return false } }
      || cls.keywords.contains { $0.name == nil }
    if hasStar {
      try emitMakeFunction(code, flags: 0, span)
      loadConstant(.string(cls.name))
      // Build (func, name, *bases) and the keywords dict, then callEx.
      unit.emit(.buildList, 2)
      for base in cls.bases {
        if case .starred(let inner) = base.kind {
          try compileExpression(inner)
          unit.emit(.listExtend, 1)
        } else {
          try compileExpression(base)
          unit.emit(.listAppend, 1)
        }
      }
      unit.emit(.listToTuple)
      let hasKeywords = !cls.keywords.isEmpty
      if hasKeywords { try compileKeywordsDict(cls.keywords) }
      unit.emit(.callEx, hasKeywords ? 1 : 0)
    } else if cls.keywords.isEmpty {
      try emitMakeFunction(code, flags: 0, span)
      loadConstant(.string(cls.name))
      for base in cls.bases { try compileExpression(base) }
      unit.emit(.call, 2 + cls.bases.count)
    } else {
      unit.emit(.pushNull)
      try emitMakeFunction(code, flags: 0, span)
      loadConstant(.string(cls.name))
      for base in cls.bases { try compileExpression(base) }
      try checkRepeatedKeywords(cls.keywords)
      for k in cls.keywords { try compileExpression(k.value) }
      loadConstant(.tuple(cls.keywords.map { .string($0.name ?? "") }))
      unit.emit(.callKeywords, 2 + cls.bases.count + cls.keywords.count)
    }
    for _ in cls.decorators { unit.emit(.call, 1) }
    compileName(cls.name, .store)
  }

  // MARK: - Calls

  func compileCall(_ function: Expr, _ arguments: [Expr], _ keywords: [Keyword], _ span: SourceSpan) throws(SyntaxError) {
    try checkRepeatedKeywords(keywords)
    let hasStar =
      arguments.contains { if case .starred = $0.kind { return true } else { return false } }
      || keywords.contains { $0.name == nil }

    if !hasStar, case .attribute(let obj, let name) = function.kind {
      try compileExpression(obj)
      try at(function.span) { () throws(SyntaxError) in unit.emit(.loadMethod, unit.attributeName(name)) }
      for a in arguments { try compileExpression(a) }
      if keywords.isEmpty {
        unit.emit(.callMethod, arguments.count)
      } else {
        for k in keywords { try compileExpression(k.value) }
        loadConstant(.tuple(keywords.map { .string($0.name ?? "") }))
        unit.emit(.callKeywords, arguments.count + keywords.count)
      }
      return
    }

    try compileExpression(function)
    if hasStar {
      if arguments.count == 1, case .starred(let inner) = arguments[0].kind {
        try compileExpression(inner)
      } else {
        var prefix = 0
        for a in arguments {
          if case .starred = a.kind { break }
          try compileExpression(a)
          prefix += 1
        }
        unit.emit(.buildList, prefix)
        for a in arguments[prefix...] {
          if case .starred(let inner) = a.kind {
            try compileExpression(inner)
            unit.emit(.listExtend, 1)
          } else {
            try compileExpression(a)
            unit.emit(.listAppend, 1)
          }
        }
        unit.emit(.listToTuple)
      }
      if keywords.isEmpty {
        unit.emit(.callEx, 0)
      } else {
        try compileKeywordsDict(keywords)
        unit.emit(.callEx, 1)
      }
    } else if keywords.isEmpty {
      for a in arguments { try compileExpression(a) }
      unit.emit(.call, arguments.count)
    } else {
      unit.emit(.pushNull)
      for a in arguments { try compileExpression(a) }
      for k in keywords { try compileExpression(k.value) }
      loadConstant(.tuple(keywords.map { .string($0.name ?? "") }))
      unit.emit(.callKeywords, arguments.count + keywords.count)
    }
  }

  /// Pushes one dict holding a call's keyword arguments, merging `**m`
  /// entries with CPython's duplicate-key check.
  private func compileKeywordsDict(_ keywords: [Keyword]) throws(SyntaxError) {
    var pending = 0
    var built = false
    func flush() {
      guard pending > 0 else { return }
      unit.emit(.buildMap, pending)
      if built { unit.emit(.dictMerge, 1) }
      built = true
      pending = 0
    }
    for k in keywords {
      if let name = k.name {
        loadConstant(.string(name))
        try compileExpression(k.value)
        pending += 1
      } else {
        flush()
        if !built {
          unit.emit(.buildMap, 0)
          built = true
        }
        try compileExpression(k.value)
        unit.emit(.dictMerge, 1)
      }
    }
    flush()
  }

  private func checkRepeatedKeywords(_ keywords: [Keyword]) throws(SyntaxError) {
    var seen: Set<String> = []
    for k in keywords {
      guard let name = k.name else { continue }
      if !seen.insert(name).inserted {
        throw error("keyword argument repeated: \(name)", k.span)
      }
    }
  }

  // MARK: - Comprehensions

  /// Compiles a comprehension as CPython 3.11 does: a nested function taking
  /// the outermost iterator as its only argument `.0`, called at once.
  func compileComprehension(
    _ expr: Expr, name: String, kind: CodeKind, generators: [Comprehension],
    start: () throws(SyntaxError) -> Void, element: (Int) throws(SyntaxError) -> Void
  ) throws(SyntaxError) {
    guard let first = generators.first,
      let scope = table.scopesByKey[ScopeKey(expr.span, SymbolTableBuilder.comprehensionTag)]
    else {
      throw error("internal error: no scope for comprehension", expr.span)
    }
    let isAsync = scope.isAsync
    // CPython's compiler_comprehension: an awaited comprehension needs an
    // async function, an enclosing comprehension or top-level await.
    if isAsync && kind != .generatorExpression {
      let outer = unit
      let allowed =
        (outer.scope.kind == .function && outer.scope.isAsync) || outer.scope.kind == .comprehension
        || (outer.kind == .module && options.allowTopLevelAwait)
      if !allowed {
        throw error("asynchronous comprehension outside of an asynchronous function", expr.span)
      }
    }
    let inner = CodeUnit(
      scope: scope, kind: kind, name: name,
      qualifiedName: qualifiedName(for: name, isClassOrFunction: false),
      firstLine: expr.span.start.line, span: expr.span)
    inner.argCount = 1
    if kind == .generatorExpression {
      inner.flags.insert(isAsync ? .asyncGenerator : .generator)
    } else if isAsync {
      inner.flags.insert(.coroutine)
    }
    units.append(inner)
    try start()
    try compileComprehensionGenerator(generators, 0, depth: 0, element: element)
    if kind == .generatorExpression { loadConstant(.none) }
    unit.emit(.returnValue)
    units.removeLast()
    let code = try Assembler.assemble(inner, filename: filename)

    try emitMakeFunction(code, flags: 0, expr.span)
    try compileExpression(first.iterable)
    unit.emit(first.isAsync ? .getAIter : .getIter)
    unit.emit(.call, 1)
    if isAsync && kind != .generatorExpression {
      unit.emit(.getAwaitable, 0)
      loadConstant(.none)
      emitYieldFromLoop()
    }
  }

  private func compileComprehensionGenerator(
    _ generators: [Comprehension], _ index: Int, depth: Int, element: (Int) throws(SyntaxError) -> Void
  ) throws(SyntaxError) {
    let gen = generators[index]
    if index == 0 {
      unit.emit(.loadFast, 0)
    } else {
      try compileExpression(gen.iterable)
      unit.emit(gen.isAsync ? .getAIter : .getIter)
    }
    let loop = unit.newLabel()
    let end = unit.newLabel()
    unit.place(loop)
    if gen.isAsync {
      unit.emit(.setupFinally, end)
      unit.emit(.getANext)
      loadConstant(.none)
      emitYieldFromLoop()
      unit.emit(.popBlock)
    } else {
      unit.emit(.forIter, end)
    }
    try compileStore(gen.target)
    for condition in gen.conditions {
      try compileJumpIf(condition, false, to: loop)
    }
    if index + 1 < generators.count {
      try compileComprehensionGenerator(generators, index + 1, depth: depth + 1, element: element)
    } else {
      try element(depth + 1)
    }
    unit.emit(.jump, loop)
    unit.place(end)
    if gen.isAsync {
      unit.emit(.endAsyncFor)
    }
  }
}
