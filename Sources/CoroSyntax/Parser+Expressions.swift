// Expressions from `star_expressions` down to `primary`, with Python's
// precedence, and the expression-level rules of CPython's error pass.

extension Parser {
  /// Rules whose error-pass results are memoized.
  enum MemoRule: Int {
    case expression = 1
    case disjunction
    case bitwiseOr
    case namedExpression
    case primary
  }

  /// Runs `parse`, remembering its outcome at this position; used in the
  /// error pass, as CPython memoizes these rules. The memo does not depend
  /// on whether the error rules are on: a result found with them off (in
  /// `expression_without_invalid`) is reused with them on, as in CPython.
  func memoized(
    _ rule: MemoRule, _ parse: () throws(ParseError) -> Expr
  ) throws(ParseError) -> Expr {
    let key = MemoKey(rule: rule.rawValue, position: index)
    if let entry = memo[key] {
      guard let expr = entry.expr else { throw genericError() }
      index = entry.end
      return expr
    }
    do {
      let expr = try parse()
      memo[key] = MemoEntry(expr: expr, end: index)
      return expr
    } catch {
      if error.isGeneric { memo[key] = MemoEntry(expr: nil, end: index) }
      throw error
    }
  }

  // MARK: - Sequences

  /// `star_expressions: star_expression (',' star_expression)* [',']`,
  /// a tuple when there is a comma.
  func parseStarExpressions() throws(ParseError) -> Expr {
    let start = peek().span.start
    let first = try parseStarExpression()
    guard check(.comma) else { return first }
    var elements = [first]
    while accept(.comma) != nil {
      guard canStartExpression() else { break }
      elements.append(try parseStarExpression())
    }
    return Expr(.tuple(elements), span(from: start))
  }

  /// `star_expression: '*' bitwise_or | expression`
  func parseStarExpression() throws(ParseError) -> Expr {
    if let star = accept(.star) {
      let value = try parseBitwiseOr()
      return Expr(.starred(value), span(from: star.span.start))
    }
    return try parseExpression()
  }

  /// `star_named_expression: '*' bitwise_or | named_expression`
  func parseStarNamedExpression() throws(ParseError) -> Expr {
    if let star = accept(.star) {
      let value = try parseBitwiseOr()
      return Expr(.starred(value), span(from: star.span.start))
    }
    return try parseNamedExpression()
  }

  /// Whether the current token can begin an expression (or a starred one).
  func canStartExpression(_ offset: Int = 0) -> Bool {
    switch tag(offset) {
    case .name, .number, .string:
      return true
    case .keyword(let word):
      switch word {
      case .not, .lambda, .await, .none, .true, .false: return true
      default: return false
      }
    case .op(let punctuator):
      switch punctuator {
      case .leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde, .ellipsis, .star:
        return true
      default:
        return false
      }
    case .unknown, .newline, .indent, .dedent, .endOfFile:
      return false
    }
  }

  // MARK: - Named expressions

  /// `named_expression: assignment_expression | invalid_named_expression
  ///                  | expression !':='`
  func parseNamedExpression() throws(ParseError) -> Expr {
    if diagnosing {
      return try memoized(.namedExpression) { () throws(ParseError) -> Expr in
        try parseNamedExpressionUncached()
      }
    }
    return try parseNamedExpressionUncached()
  }

  private func parseNamedExpressionUncached() throws(ParseError) -> Expr {
    if checkName() && check(.colonEqual, 1) {
      return try parseAssignmentExpression()
    }
    if diagnosing { try checkInvalidNamedExpression() }
    let expr = try parseExpression()
    if check(.colonEqual) { throw genericError() }
    return expr
  }

  /// `assignment_expression: NAME ':=' ~ expression`
  func parseAssignmentExpression() throws(ParseError) -> Expr {
    let (name, token) = try expectName()
    try expect(.colonEqual)
    let value = try parseExpression()
    return Expr(
      .namedExpression(target: Expr(.name(name), token.span), value: value),
      span(from: token.span.start))
  }

  // MARK: - Conditional expressions and lambdas

  /// `expression: disjunction 'if' disjunction 'else' expression
  ///            | disjunction | lambdef`
  func parseExpression() throws(ParseError) -> Expr {
    if diagnosing {
      return try memoized(.expression) { () throws(ParseError) -> Expr in
        try parseExpressionUncached()
      }
    }
    return try parseExpressionUncached()
  }

  private func parseExpressionUncached() throws(ParseError) -> Expr {
    try enterNesting()
    defer { leaveNesting() }
    if diagnosing {
      try checkInvalidExpression()
      try checkLegacyExpression()
    }
    if check(.lambda) { return try parseLambda() }
    let start = peek().span.start
    let body = try parseDisjunction()
    guard check(.if) else { return body }
    // Without its `else`, this alternative fails and the plain
    // disjunction is the expression (the caller then fails at `if`).
    let conditional = try attempt { () throws(ParseError) -> Expr in
      advance()
      let test = try parseDisjunction()
      try expect(.else)
      let orElse = try parseExpression()
      return Expr(.conditional(test: test, body: body, orElse: orElse), span(from: start))
    }
    return conditional ?? body
  }

  /// `lambdef: 'lambda' [lambda_params] ':' expression`
  private func parseLambda() throws(ParseError) -> Expr {
    let start = advance().span.start
    let parameters = try parseParameters(isLambda: true)
    try expect(.colon)
    let body = try parseExpression()
    return Expr(.lambda(parameters, body: body), span(from: start))
  }

  /// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`
  func parseYieldExpression() throws(ParseError) -> Expr {
    let start = advance().span.start
    if accept(.from) != nil {
      let value = try parseExpression()
      return Expr(.yieldFrom(value), span(from: start))
    }
    guard canStartExpression() else { return Expr(.yield(nil), span(from: start)) }
    let value = try parseStarExpressions()
    return Expr(.yield(value), span(from: start))
  }

  // MARK: - Boolean operators and comparisons

  /// `disjunction: conjunction ('or' conjunction)*`
  func parseDisjunction() throws(ParseError) -> Expr {
    if diagnosing {
      return try memoized(.disjunction) { () throws(ParseError) -> Expr in
        try parseDisjunctionUncached()
      }
    }
    return try parseDisjunctionUncached()
  }

  private func parseDisjunctionUncached() throws(ParseError) -> Expr {
    let start = peek().span.start
    let first = try parseConjunction()
    guard check(.or) else { return first }
    var values = [first]
    while check(.or) {
      // PEG alternatives backtrack: `a or` followed by junk is just `a`.
      guard
        let value = try attempt({ () throws(ParseError) in
          advance()
          return try parseConjunction()
        })
      else { break }
      values.append(value)
    }
    if values.count == 1 { return first }
    return Expr(.boolean(.or, values), span(from: start))
  }

  /// `conjunction: inversion ('and' inversion)*`
  private func parseConjunction() throws(ParseError) -> Expr {
    let start = peek().span.start
    let first = try parseInversion()
    guard check(.and) else { return first }
    var values = [first]
    while check(.and) {
      guard
        let value = try attempt({ () throws(ParseError) in
          advance()
          return try parseInversion()
        })
      else { break }
      values.append(value)
    }
    if values.count == 1 { return first }
    return Expr(.boolean(.and, values), span(from: start))
  }

  /// `inversion: 'not' inversion | comparison`, without recursion.
  private func parseInversion() throws(ParseError) -> Expr {
    var nots: [SourceLocation] = []
    while let token = accept(.not) {
      nots.append(token.span.start)
      try checkChainDepth(nots.count)
    }
    var result = try parseComparison()
    if nots.isEmpty { return result }
    try checkChainDepth(nots.count + treeDepth(result))
    let end = previousEnd
    for start in nots.reversed() {
      result = Expr(.unary(.not, result), SourceSpan(start: start, end: end))
    }
    return result
  }

  /// `comparison: bitwise_or (compare_op bitwise_or)*`
  private func parseComparison() throws(ParseError) -> Expr {
    let start = peek().span.start
    let first = try parseBitwiseOr()
    var pairs: [ComparePair] = []
    while let (op, width) = comparisonOperator() {
      guard
        let right = try attempt({ () throws(ParseError) in
          for _ in 0..<width { advance() }
          return try parseBitwiseOr()
        })
      else { break }
      pairs.append(ComparePair(op, right))
    }
    if pairs.isEmpty { return first }
    return Expr(.compare(first, pairs), span(from: start))
  }

  /// The comparison operator at the current token and how many tokens it
  /// takes (`not in` and `is not` take two).
  private func comparisonOperator() -> (CompareOperator, Int)? {
    switch tag() {
    case .op(.equalEqual): return (.equal, 1)
    case .op(.notEqual): return (.notEqual, 1)
    case .op(.less): return (.less, 1)
    case .op(.lessEqual): return (.lessEqual, 1)
    case .op(.greater): return (.greater, 1)
    case .op(.greaterEqual): return (.greaterEqual, 1)
    case .keyword(.in): return (.in, 1)
    case .keyword(.not): return check(.in, 1) ? (.notIn, 2) : nil
    case .keyword(.is): return check(.not, 1) ? (.isNot, 2) : (.is, 1)
    default: return nil
    }
  }

}
