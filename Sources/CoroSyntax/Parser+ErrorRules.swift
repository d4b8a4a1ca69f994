// The expression rules of CPython's error pass (`invalid_expression`,
// `invalid_legacy_expression`, `invalid_named_expression`): checks that run
// only while diagnosing a failed statement, before the normal rule.

extension Parser {
  /// CPython's `invalid_named_expression`.
  func checkInvalidNamedExpression() throws(ParseError) {
    let start = index
    defer { index = start }
    // a=expression ':=' expression
    if let target = try speculate({ () throws(ParseError) in try parseExpression() }),
      check(.colonEqual)
    {
      advance()
      if try speculate({ () throws(ParseError) in try parseExpression() }) != nil {
        throw specificError(
          "cannot use assignment expressions with \(expressionName(target))", at: target.span)
      }
    }
    // a=NAME '=' b=bitwise_or !('='|':=')
    index = start
    if checkName() && check(.equal, 1) {
      let name = advance()
      advance()
      if let value = try speculate({ () throws(ParseError) in try parseBitwiseOr() }),
        !(check(.equal) || check(.colonEqual))
      {
        throw specificError(
          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: name.span,
          to: value.span)
      }
    }
    // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
    index = start
    if try isDisplayOrSingleton() { return }
    index = start
    if let target = try speculate({ () throws(ParseError) in try parseBitwiseOr() }),
      check(.equal)
    {
      advance()
      if try speculate({ () throws(ParseError) in try parseBitwiseOr() }) != nil,
        !(check(.equal) || check(.colonEqual))
      {
        throw specificError(
          "cannot assign to \(expressionName(target)) here. Maybe you meant '==' instead of '='?",
          at: target.span)
      }
    }
  }

  /// `&(list | tuple | genexp | 'True' | 'None' | 'False')`
  func isDisplayOrSingleton() throws(ParseError) -> Bool {
    let token = peek()
    switch token.kind {
    case .keyword(.true), .keyword(.none), .keyword(.false):
      return true
    case .op(.leftBracket), .op(.leftParen):
      guard let atom = try speculate({ () throws(ParseError) in try parseAtom() }),
        atom.span.start == token.span.start
      else { return false }
      switch atom.kind {
      case .list, .tuple, .generatorExpression: return true
      default: return false
      }
    default:
      return false
    }
  }

  /// `expression_without_invalid`: an expression parsed with the error
  /// pass's extra rules switched off.
  func parseExpressionWithoutInvalid() throws(ParseError) -> Expr {
    let saved = diagnosing
    diagnosing = false
    defer { diagnosing = saved }
    return try parseExpression()
  }

  /// CPython's `invalid_expression`: two expressions side by side inside
  /// brackets, and `a if b` without `else`.
  func checkInvalidExpression() throws(ParseError) {
    let start = index
    defer { index = start }
    let first = peek()
    var excluded = false
    if case .name(let name) = first.kind {
      if case .string = peek(1).kind { excluded = true }
      if name == "match" || name == "case" || name == "_" { excluded = true }
    }
    if !excluded, let left = try speculate({ () throws(ParseError) in try parseDisjunction() }) {
      let afterLeft = index
      if canStartExpressionWithoutInvalid() {
        let right = try speculate { () throws(ParseError) in try parseExpressionWithoutInvalid() }
        if let right, !isLegacyStatementName(left), index > 0, tokens[index - 1].depth > 0 {
          throw specificError(
            "invalid syntax. Perhaps you forgot a comma?", from: left.span, to: right.span)
        }
        if right == nil && check(.leftBrace) {
          // CPython reads a brace display here again with its error rules
          // on (brace displays are not memoized), and reports what they
          // find inside it.
          _ = try speculate { () throws(ParseError) in try parseAtom() }
        }
      }
      index = afterLeft
    }
    index = start
    if let left = try speculate({ () throws(ParseError) in try parseDisjunction() }),
      check(.if)
    {
      advance()
      if let test = try speculate({ () throws(ParseError) in try parseDisjunction() }),
        !(check(.else) || check(.colon))
      {
        throw specificError(
          "expected 'else' after 'if' expression", from: left.span, to: test.span)
      }
    }
  }

  /// Whether the token can begin `expression_without_invalid` (not `*`).
  func canStartExpressionWithoutInvalid() -> Bool {
    if check(.star) { return false }
    return canStartExpression()
  }

  func isLegacyStatementName(_ expr: Expr) -> Bool {
    if case .name(let name) = expr.kind { return name == "print" || name == "exec" }
    return false
  }

  /// CPython's `invalid_legacy_expression: NAME !'(' star_expressions`:
  /// `print x`, `exec code`. CPython parses what follows any name before
  /// it checks the name, and errors found in it are reported as well.
  func checkLegacyExpression() throws(ParseError) {
    let token = peek()
    guard case .name(let name) = token.kind, !check(.leftParen, 1) else { return }
    let start = index
    defer { index = start }
    advance()
    guard canStartExpression() else { return }
    if let arguments = try speculate({ () throws(ParseError) in try parseStarExpressions() }),
      name == "print" || name == "exec"
    {
      throw specificError(
        "Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?",
        from: token.span, to: arguments.span)
    }
  }
}
