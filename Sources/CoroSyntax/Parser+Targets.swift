// Assignment, deletion and loop targets: parsing, validation, and the
// names CPython uses for expressions in its error messages.

/// Where a target stands, which decides what is allowed in it.
enum TargetContext {
  /// `=`, `with ... as`, `for` (after the parser has found `in`).
  case store
  /// `del`
  case delete
  /// A `for` target seen as an expression, where `a in b` is a comparison.
  case forLoop
}

extension Parser {
  /// `star_targets: star_target (',' star_target)* [',']`
  func parseStarTargets() throws(ParseError) -> Expr {
    let start = peek().span.start
    let first = try parseStarTarget()
    guard check(.comma) else { return first }
    var elements = [first]
    while accept(.comma) != nil {
      guard let next = try attempt({ () throws(ParseError) in try parseStarTarget() }) else {
        break
      }
      elements.append(next)
    }
    return Expr(.tuple(elements), span(from: start))
  }

  /// `star_target: '*' (!'*' star_target) | target_with_star_atom`
  func parseStarTarget() throws(ParseError) -> Expr {
    if let star = accept(.star) {
      if check(.star) { throw genericError() }
      let inner = try parseStarTarget()
      return Expr(.starred(inner), span(from: star.span.start))
    }
    let target = try parsePrimary()
    if invalidTarget(target, .store) != nil { throw genericError() }
    return target
  }

  /// The first part of `expr` that cannot be a target here, if any;
  /// CPython's `_PyPegen_get_invalid_target`.
  func invalidTarget(_ expr: Expr, _ context: TargetContext) -> Expr? {
    switch expr.kind {
    case .list(let elements), .tuple(let elements):
      for element in elements {
        if let invalid = invalidTarget(element, context) { return invalid }
      }
      return nil
    case .starred(let value):
      if case .delete = context { return expr }
      return invalidTarget(value, context)
    case .compare(let left, let pairs):
      // In `for a in b`, parsed as an expression, `a in b` is a comparison.
      if case .forLoop = context {
        if let first = pairs.first, first.op == .in { return invalidTarget(left, context) }
        return nil
      }
      return expr
    case .name, .subscript, .attribute:
      return nil
    default:
      return expr
    }
  }

  /// What CPython calls `expr` in "cannot assign to ..." messages
  /// (`_PyPegen_get_expr_name`).
  func expressionName(_ expr: Expr) -> String {
    switch expr.kind {
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .starred: return "starred"
    case .name: return "name"
    case .list: return "list"
    case .tuple: return "tuple"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .boolean, .binary, .unary: return "expression"
    case .generatorExpression: return "generator expression"
    case .yield, .yieldFrom: return "yield expression"
    case .await: return "await expression"
    case .listComprehension: return "list comprehension"
    case .setComprehension: return "set comprehension"
    case .dictComprehension: return "dict comprehension"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .joinedString: return "f-string expression"
    case .constant(let value):
      switch value {
      case .none: return "None"
      case .bool(let flag): return flag ? "True" : "False"
      case .ellipsis: return "ellipsis"
      case .int, .bigInt, .float, .imaginary, .string, .bytes: return "literal"
      }
    case .compare: return "comparison"
    case .conditional: return "conditional expression"
    case .namedExpression: return "named expression"
    case .slice: return "slice"
    }
  }

  /// The depth of the tree under `expr`, counted without recursion so that
  /// any tree can be measured.
  func treeDepth(_ expr: Expr) -> Int {
    var deepest = 0
    var stack: [(Expr, Int)] = [(expr, 1)]
    while let (node, depth) = stack.popLast() {
      deepest = max(deepest, depth)
      forEachChild(of: node) { stack.append(($0, depth + 1)) }
    }
    return deepest
  }
}

/// Calls `body` with each expression directly under `expr`.
func forEachChild(of expr: Expr, _ body: (Expr) -> Void) {
  func comprehensions(_ generators: [Comprehension]) {
    for generator in generators {
      body(generator.target)
      body(generator.iterable)
      generator.conditions.forEach(body)
    }
  }
  func parts(_ list: [FStringPart]) {
    for part in list {
      if case .formatted(let value, _, let spec) = part {
        body(value)
        if let spec { parts(spec) }
      }
    }
  }
  switch expr.kind {
  case .name, .constant:
    break
  case .joinedString(let list):
    parts(list)
  case .unary(_, let operand), .starred(let operand), .await(let operand),
    .yieldFrom(let operand), .attribute(let operand, _):
    body(operand)
  case .binary(let left, _, let right):
    body(left)
    body(right)
  case .boolean(_, let values), .list(let values), .tuple(let values), .set(let values):
    values.forEach(body)
  case .compare(let left, let pairs):
    body(left)
    for pair in pairs { body(pair.right) }
  case .conditional(let test, let thenValue, let elseValue):
    body(test)
    body(thenValue)
    body(elseValue)
  case .lambda(let parameters, let lambdaBody):
    parameters.defaults.forEach(body)
    for value in parameters.keywordDefaults { if let value { body(value) } }
    body(lambdaBody)
  case .call(let function, let arguments, let keywords):
    body(function)
    arguments.forEach(body)
    for keyword in keywords { body(keyword.value) }
  case .subscript(let value, let index):
    body(value)
    body(index)
  case .slice(let lower, let upper, let step):
    if let lower { body(lower) }
    if let upper { body(upper) }
    if let step { body(step) }
  case .dict(let entries):
    for entry in entries {
      if let key = entry.key { body(key) }
      body(entry.value)
    }
  case .listComprehension(let element, let generators),
    .setComprehension(let element, let generators),
    .generatorExpression(let element, let generators):
    body(element)
    comprehensions(generators)
  case .dictComprehension(let key, let value, let generators):
    body(key)
    body(value)
    comprehensions(generators)
  case .yield(let value):
    if let value { body(value) }
  case .namedExpression(let target, let value):
    body(target)
    body(value)
  }
}
