import CoroSyntax

/// Walks a module's AST once, recording every scope and how it uses each
/// name, then resolves the names (CPython's symtable.c, `symtable_visit_*`
/// and `analyze_block`).
struct SymbolTableBuilder {
  static let functionTag = 1
  static let lambdaTag = 2
  static let classTag = 3
  static let comprehensionTag = 4

  private var table: SymbolTable
  private var current: Scope

  private init(top: Scope) {
    table = SymbolTable(top: top)
    current = top
  }

  /// Builds and analyses the scopes of `module`.
  static func build(_ module: Module, allowTopLevelAwait: Bool = false) throws(SyntaxError) -> SymbolTable {
    let top = Scope(kind: .module, name: "<module>", span: .unknown, parent: nil)
    top.isAsync = allowTopLevelAwait
    var builder = SymbolTableBuilder(top: top)
    for stmt in module.body { try builder.visit(stmt) }
    try analyze(top, enclosingBound: [], classCellAvailable: false)
    return builder.table
  }

  // MARK: - Scopes

  private mutating func enter(
    _ kind: ScopeKind, name: String, span: SourceSpan, tag: Int, _ body: (inout SymbolTableBuilder) throws(SyntaxError) -> Void
  ) throws(SyntaxError) {
    let scope = Scope(kind: kind, name: name, span: span, parent: current)
    current.children.append(scope)
    table.scopesByKey[ScopeKey(span, tag)] = scope
    let saved = current
    current = scope
    defer { current = saved }
    try body(&self)
  }

  private func error(_ message: String, _ span: SourceSpan) -> SyntaxError {
    SyntaxError(.syntaxError, message, at: span.start, end: span.end)
  }

  /// Records a binding of `name` (after a `global` or `nonlocal`
  /// declaration too: the declaration then wins).
  private mutating func bind(_ name: String, _ span: SourceSpan, _ how: SymbolUse = .assigned) throws(SyntaxError) {
    current.add(name, how)
  }

  private mutating func use(_ name: String) {
    current.add(name, .used)
    if name == "super" && current.kind == .function {
      current.usesSuper = true
      current.add("__class__", .used)
    }
  }

  // MARK: - Statements

  private mutating func visit(_ body: [Stmt]) throws(SyntaxError) {
    for stmt in body { try visit(stmt) }
  }

  private mutating func visit(_ stmt: Stmt) throws(SyntaxError) {
    switch stmt.kind {
    case .expression(let e):
      try visit(e)
    // Targets are visited before values, as CPython's symtable does: that
    // decides which of two errors in one statement is reported.
    case .assign(let targets, let value):
      for t in targets { try visitTarget(t) }
      try visit(value)
    case .augmentedAssign(let target, _, let value):
      // The target name is only stored to (CPython's Store context).
      try visitTarget(target)
      try visit(value)
    case .annotatedAssign(let target, let annotation, let value, let isSimple):
      if case .name(let n) = target.kind {
        if isSimple, current.kind != .module, let u = current.use(of: n),
          u.contains(.declaredGlobal) || u.contains(.declaredNonlocal)
        {
          let which = u.contains(.declaredGlobal) ? "global" : "nonlocal"
          throw error("annotated name '\(n)' can't be \(which)", stmt.span)
        }
        // `x: int` makes x local even without a value; `(x): int` binds
        // only with a value.
        if isSimple {
          try bind(n, target.span, [.annotated, .assigned])
        } else if value != nil {
          try bind(n, target.span)
        }
      } else {
        try visitTarget(target)
      }
      // CPython 3.11 visits the annotation in every scope, though a
      // function never evaluates it: its names count as used there.
      try visit(annotation)
      if let value { try visit(value) }
    case .if(let test, let body, let orElse):
      try visit(test)
      try visit(body)
      try visit(orElse)
    case .while(let test, let body, let orElse):
      try visit(test)
      try visit(body)
      try visit(orElse)
    case .for(let target, let iterable, let body, let orElse, let isAsync):
      // Outside an async function this is the compiler's error, as in CPython.
      if isAsync { current.awaitSeen = true }
      try visitTarget(target)
      try visit(iterable)
      try visit(body)
      try visit(orElse)
    case .with(let items, let body, let isAsync):
      if isAsync { current.awaitSeen = true }
      for item in items {
        try visit(item.context)
        if let t = item.target { try visitTarget(t) }
      }
      try visit(body)
    case .functionDef(let def):
      for d in def.decorators { try visit(d) }
      try visitDefaults(def.parameters)
      try visitAnnotations(def.parameters, returns: def.returns)
      try bind(def.name, stmt.span)
      try enter(.function, name: def.name, span: stmt.span, tag: Self.functionTag) {
        (b: inout SymbolTableBuilder) throws(SyntaxError) in
        b.current.isAsync = def.isAsync
        try b.declareParameters(def.parameters)
        try b.visit(def.body)
      }
    case .classDef(let cls):
      for d in cls.decorators { try visit(d) }
      for b in cls.bases { try visit(b) }
      for k in cls.keywords { try visit(k.value) }
      try bind(cls.name, stmt.span)
      try enter(.classBody, name: cls.name, span: stmt.span, tag: Self.classTag) {
        (b: inout SymbolTableBuilder) throws(SyntaxError) in
        try b.visit(cls.body)
      }
    case .return(let value):
      if let value {
        try visit(value)
        current.returnsValue = true
      }
    case .delete(let targets):
      for t in targets { try visitTarget(t) }
    case .pass, .break, .continue:
      break
    case .global(let names):
      for n in names { try declare(n, global: true, stmt.span) }
    case .nonlocal(let names):
      // At module level this is an error found by the analysis.
      for n in names { try declare(n, global: false, stmt.span) }
    case .try(let body, let handlers, let orElse, let finally, _):
      try visit(body)
      for h in handlers {
        if let t = h.type { try visit(t) }
        if let n = h.name { try bind(n, h.span) }
        try visit(h.body)
      }
      try visit(orElse)
      try visit(finally)
    case .raise(let exc, let cause):
      if let exc { try visit(exc) }
      if let cause { try visit(cause) }
    case .assert(let test, let message):
      try visit(test)
      if let message { try visit(message) }
    case .import(let aliases):
      for a in aliases {
        let bound = a.asName ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
        try bind(bound, a.span, .imported)
      }
    case .importFrom(_, let aliases, _):
      for a in aliases {
        if a.name == "*" {
          if current.kind != .module { throw error("import * only allowed at module level", a.span) }
          continue
        }
        try bind(a.asName ?? a.name, a.span, .imported)
      }
    case .match(let subject, let cases):
      try visit(subject)
      for c in cases {
        try visit(c.pattern)
        if let g = c.guard_ { try visit(g) }
        try visit(c.body)
      }
    }
  }

  /// A `case` pattern: its captures bind names; its values, keys and class
  /// names are expressions evaluated in this scope.
  private mutating func visit(_ pattern: Pattern) throws(SyntaxError) {
    switch pattern.kind {
    case .value(let e):
      try visit(e)
    case .singleton:
      break
    case .sequence(let items), .or(let items):
      for p in items { try visit(p) }
    case .mapping(let keys, let patterns, let rest):
      try visit(keys)
      for p in patterns { try visit(p) }
      if let rest { try bind(rest, pattern.span) }
    case .class(let cls, let patterns, _, let keywordPatterns):
      try visit(cls)
      for p in patterns + keywordPatterns { try visit(p) }
    case .star(let name):
      if let name { try bind(name, pattern.span) }
    case .as(let inner, let name):
      if let inner { try visit(inner) }
      if let name { try bind(name, pattern.span) }
    }
  }

  /// A name in a `global` or `nonlocal` statement. Conflicts with earlier
  /// uses in the same scope are reported at the statement, in CPython's
  /// order of checks; a name both global and nonlocal, or nonlocal with no
  /// binding, is found by the analysis and reported at the first directive.
  private mutating func declare(_ name: String, global: Bool, _ span: SourceSpan) throws(SyntaxError) {
    let keyword = global ? "global" : "nonlocal"
    if let use = current.use(of: name) {
      if use.contains(.parameter) {
        throw error("name '\(name)' is parameter and \(keyword)", span)
      }
      if use.contains(.used) {
        throw error("name '\(name)' is used prior to \(keyword) declaration", span)
      }
      if use.contains(.annotated) {
        throw error("annotated name '\(name)' can't be \(keyword)", span)
      }
      if use.contains(.assigned) {
        throw error("name '\(name)' is assigned to before \(keyword) declaration", span)
      }
    }
    current.add(name, global ? .declaredGlobal : .declaredNonlocal)
    let mangled = current.mangle(name)
    if current.directives[mangled] == nil { current.directives[mangled] = span }
  }

  private mutating func visitDefaults(_ p: Parameters) throws(SyntaxError) {
    for d in p.defaults { try visit(d) }
    for case let d? in p.keywordDefaults { try visit(d) }
  }

  private mutating func visitAnnotations(_ p: Parameters, returns: Expr?) throws(SyntaxError) {
    let all = p.positionalOnly + p.positional + p.keywordOnly
      + [p.varArgs, p.varKeywords].compactMap { $0 }
    for param in all {
      if let a = param.annotation { try visit(a) }
    }
    if let returns { try visit(returns) }
  }

  private mutating func declareParameters(_ p: Parameters) throws(SyntaxError) {
    // CPython orders varnames: positional, keyword-only, *args, **kwargs.
    let ordered = p.positionalOnly + p.positional + p.keywordOnly
      + [p.varArgs, p.varKeywords].compactMap { $0 }
    for param in ordered {
      if current.use(of: param.name) != nil {
        throw error("duplicate argument '\(param.name)' in function definition", param.span)
      }
      current.add(param.name, [.parameter, .assigned])
      current.parameterNames.append(current.mangle(param.name))
    }
  }

  // MARK: - Targets

  private mutating func visitTarget(_ target: Expr) throws(SyntaxError) {
    switch target.kind {
    case .name(let n):
      try bind(n, target.span)
    case .tuple(let items), .list(let items):
      for i in items { try visitTarget(i) }
    case .starred(let inner):
      try visitTarget(inner)
    case .attribute(let obj, _):
      try visit(obj)
    case .subscript(let obj, let index):
      try visit(obj)
      try visit(index)
    default:
      try visit(target)
    }
  }

  // MARK: - Expressions

  private mutating func visit(_ exprs: [Expr]) throws(SyntaxError) {
    for e in exprs { try visit(e) }
  }

  private mutating func visit(_ expr: Expr) throws(SyntaxError) {
    switch expr.kind {
    case .name(let n):
      use(n)
    case .constant:
      break
    case .joinedString(let parts):
      try visit(parts)
    case .unary(_, let e):
      try visit(e)
    case .binary(let a, _, let b):
      try visit(a)
      try visit(b)
    case .boolean(_, let values):
      try visit(values)
    case .compare(let first, let rest):
      try visit(first)
      for pair in rest { try visit(pair.right) }
    case .conditional(let test, let body, let orElse):
      try visit(test)
      try visit(body)
      try visit(orElse)
    case .lambda(let params, let body):
      try visitDefaults(params)
      try enter(.function, name: "<lambda>", span: expr.span, tag: Self.lambdaTag) {
        (b: inout SymbolTableBuilder) throws(SyntaxError) in
        try b.declareParameters(params)
        try b.visit(body)
      }
    case .call(let function, let arguments, let keywords):
      try visit(function)
      try visit(arguments)
      for k in keywords { try visit(k.value) }
    case .attribute(let obj, _):
      try visit(obj)
    case .subscript(let obj, let index):
      try visit(obj)
      try visit(index)
    case .slice(let lower, let upper, let step):
      if let lower { try visit(lower) }
      if let upper { try visit(upper) }
      if let step { try visit(step) }
    case .starred(let e):
      try visit(e)
    case .list(let items), .tuple(let items), .set(let items):
      try visit(items)
    case .dict(let entries):
      for entry in entries {
        if let k = entry.key { try visit(k) }
        try visit(entry.value)
      }
    case .listComprehension(let element, let generators):
      try visitComprehension(expr, "<listcomp>", generators) { (b: inout SymbolTableBuilder) throws(SyntaxError) in
        try b.visit(element)
      }
    case .setComprehension(let element, let generators):
      try visitComprehension(expr, "<setcomp>", generators) { (b: inout SymbolTableBuilder) throws(SyntaxError) in
        try b.visit(element)
      }
    case .dictComprehension(let key, let value, let generators):
      try visitComprehension(expr, "<dictcomp>", generators) { (b: inout SymbolTableBuilder) throws(SyntaxError) in
        try b.visit(key)
        try b.visit(value)
      }
    case .generatorExpression(let element, let generators):
      try visitComprehension(expr, "<genexpr>", generators, isGenerator: true) {
        (b: inout SymbolTableBuilder) throws(SyntaxError) in
        try b.visit(element)
      }
    case .await(let e):
      current.awaitSeen = true
      try visit(e)
    case .yield(let e):
      try noteYield(expr)
      if let e { try visit(e) }
    case .yieldFrom(let e):
      try noteYield(expr)
      try visit(e)
    case .namedExpression(let target, let value):
      try visit(value)
      guard case .name(let n) = target.kind else { try visitTarget(target); return }
      try bindWalrus(n, target.span)
    }
  }

  private mutating func visit(_ parts: [FStringPart]) throws(SyntaxError) {
    for part in parts {
      if case .formatted(let e, _, let spec) = part {
        try visit(e)
        if let spec { try visit(spec) }
      }
    }
  }

  private mutating func noteYield(_ expr: Expr) throws(SyntaxError) {
    switch current.kind {
    case .module, .classBody:
      // The compiler reports this one, after the symbol table's errors.
      break
    case .comprehension:
      if !current.isGenerator || current.name != "<genexpr>" {
        throw error("'yield' inside \(comprehensionDescription(current.name))", expr.span)
      }
      throw error("'yield' inside generator expression", expr.span)
    case .function:
      current.isGenerator = true
      if current.firstYield == nil { current.firstYield = expr.span }
    }
  }

  private func comprehensionDescription(_ name: String) -> String {
    switch name {
    case "<listcomp>": return "list comprehension"
    case "<setcomp>": return "set comprehension"
    case "<dictcomp>": return "dict comprehension"
    default: return "generator expression"
    }
  }

  /// A walrus binds in the nearest enclosing scope that is not a
  /// comprehension (PEP 572).
  private mutating func bindWalrus(_ name: String, _ span: SourceSpan) throws(SyntaxError) {
    guard current.kind == .comprehension else {
      try bind(name, span)
      return
    }
    var scope: Scope? = current
    var comprehensions: [Scope] = []
    while let s = scope, s.kind == .comprehension {
      if s.use(of: name)?.contains(.comprehensionTarget) == true {
        throw error("assignment expression cannot rebind comprehension iteration variable '\(name)'", span)
      }
      comprehensions.append(s)
      scope = s.parent
    }
    guard let owner = scope else { return }
    if owner.kind == .classBody {
      throw error("assignment expression within a comprehension cannot be used in a class body", span)
    }
    let global = owner.kind == .module || owner.use(of: name)?.contains(.declaredGlobal) == true
    for s in comprehensions {
      s.add(name, global ? .declaredGlobal : .declaredNonlocal)
    }
    owner.add(name, .assigned)
  }

  private mutating func visitComprehension(
    _ expr: Expr, _ name: String, _ generators: [Comprehension], isGenerator: Bool = false,
    _ element: (inout SymbolTableBuilder) throws(SyntaxError) -> Void
  ) throws(SyntaxError) {
    guard let first = generators.first else { return }
    // The outermost iterable is evaluated in the enclosing scope.
    try visit(first.iterable)
    let hasAsyncFor = generators.contains { $0.isAsync }
    try enter(.comprehension, name: name, span: expr.span, tag: Self.comprehensionTag) {
      (b: inout SymbolTableBuilder) throws(SyntaxError) in
      b.current.isGenerator = isGenerator
      b.current.isAsync = hasAsyncFor
      b.current.add(".0", [.parameter, .assigned])
      b.current.parameterNames.append(".0")
      for (i, gen) in generators.enumerated() {
        if i > 0 { try b.visit(gen.iterable) }
        try b.visitComprehensionTarget(gen.target)
        for cond in gen.conditions { try b.visit(cond) }
      }
      try element(&b)
    }
    // An `async for` or an `await` makes the comprehension a coroutine (an
    // async generator for a generator expression), which the enclosing
    // code awaits (list/set/dict comprehensions only).
    // Outside an async function that is the compiler's error, as in CPython.
    guard let child = current.children.last else { return }
    if child.awaitSeen { child.isAsync = true }
    if child.isAsync && !isGenerator { current.awaitSeen = true }
  }

  private mutating func visitComprehensionTarget(_ target: Expr) throws(SyntaxError) {
    switch target.kind {
    case .name(let n):
      current.add(n, [.assigned, .comprehensionTarget])
    case .tuple(let items), .list(let items):
      for i in items { try visitComprehensionTarget(i) }
    case .starred(let inner):
      try visitComprehensionTarget(inner)
    default:
      try visitTarget(target)
    }
  }

  // MARK: - Analysis

  /// Resolves every name of `scope` and its children (symtable.c's
  /// `analyze_block`). `enclosingBound` holds the names bound by enclosing
  /// function scopes, which inner functions may capture.
  private static func analyze(
    _ scope: Scope, enclosingBound: Set<String>, classCellAvailable: Bool
  ) throws(SyntaxError) {
    var local: Set<String> = []
    for name in scope.orderedNames {
      guard let use = scope.uses[name] else { continue }
      // Errors are reported at the first global or nonlocal statement
      // for the name (symtable.c's analyze_name and error_at_directive).
      let directive = scope.directives[name] ?? scope.span
      func error(_ message: String) -> SyntaxError {
        SyntaxError(.syntaxError, message, at: directive.start, end: directive.end)
      }
      if use.contains(.declaredGlobal) {
        if use.contains(.declaredNonlocal) { throw error("name '\(name)' is nonlocal and global") }
        scope.resolutions[name] = .globalExplicit
      } else if use.contains(.declaredNonlocal) {
        if scope.kind == .module { throw error("nonlocal declaration not allowed at module level") }
        if !enclosingBound.contains(name) { throw error("no binding for nonlocal '\(name)' found") }
        scope.resolutions[name] = .free
      } else if !use.isDisjoint(with: .bound) {
        switch scope.kind {
        case .module, .classBody: scope.resolutions[name] = .namespace
        case .function, .comprehension:
          scope.resolutions[name] = .local
          local.insert(name)
        }
      } else if name == "__class__" && classCellAvailable && scope.kind != .classBody {
        scope.resolutions[name] = .free
      } else if enclosingBound.contains(name) && scope.kind != .module {
        scope.resolutions[name] = .free
      } else {
        switch scope.kind {
        case .module, .classBody: scope.resolutions[name] = .namespace
        case .function, .comprehension: scope.resolutions[name] = .globalImplicit
        }
      }
    }

    // What children may capture from here.
    var childBound = enclosingBound
    var childClassCell = classCellAvailable
    switch scope.kind {
    case .function, .comprehension:
      childBound.formUnion(local)
      // Names a function sees as free are visible further in, too.
      for (n, r) in scope.resolutions where r == .free { childBound.insert(n) }
    case .classBody:
      childClassCell = true
    case .module:
      childBound = []
    }

    for child in scope.children {
      try analyze(child, enclosingBound: childBound, classCellAvailable: childClassCell)
    }

    // Names the children capture: cells if bound here, else passed through
    // as free variables of this scope too.
    for child in scope.children {
      // A class that passes a name through to its methods needs it free too.
      for name in child.orderedNames
      where child.resolutions[name] == .free || child.classPassThrough.contains(name) {
        if scope.kind == .classBody && name == "__class__" {
          scope.needsClassCell = true
          continue
        }
        switch scope.resolutions[name] {
        case .local?:
          scope.resolutions[name] = .cell
        case .cell?, .free?:
          break
        case .namespace?, .globalExplicit?, .globalImplicit?, nil:
          if scope.kind == .module { break }
          if scope.kind == .classBody, scope.resolutions[name] == .namespace,
            scope.uses[name]?.isDisjoint(with: .bound) == false
          {
            // The class binds the name in its namespace, but methods
            // capture the enclosing function's variable: the class passes
            // the cell through without using it. CPython keeps both.
            scope.classPassThrough.insert(name)
            continue
          }
          if scope.resolutions[name] == nil { scope.add(name, []) }
          scope.resolutions[name] = .free
        }
      }
    }
  }
}

extension Scope {
  /// True where `await`, `async for` and `async with` are allowed.
  var isAsyncContext: Bool {
    if kind == .comprehension {
      // A comprehension inherits its enclosing function's asyncness.
      return isAsync || (parent?.isAsyncContext ?? false)
    }
    return isAsync
  }
}
