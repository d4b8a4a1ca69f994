// Assignment and expression statements, and the assignment rules of
// CPython's error pass (`invalid_assignment` and friends).

extension Parser {
  /// `assignment | star_expressions`: annotated, chained, augmented or no
  /// assignment.
  func parseAssignmentOrExpression() throws(ParseError) -> Stmt {
    let first = peek()
    let start = first.span.start
    let startIndex = index
    if diagnosing {
      try diagnoseAssignment()
      index = startIndex
    }
    if case .name(let name) = first.kind, check(.colon, 1) {
      advance()
      advance()
      let annotation = try parseExpression()
      var value: Expr?
      if accept(.equal) != nil { value = try parseAnnotatedRightHandSide() }
      return Stmt(
        .annotatedAssign(
          target: Expr(.name(name), first.span), annotation: annotation, value: value,
          isSimple: true),
        span(from: start))
    }
    let target = try parseYieldOrStarExpressions()
    let next = peek()
    switch next.kind {
    case .op(.colon):
      guard isSingleTarget(target, allowName: true) else { throw genericError() }
      advance()
      let annotation = try parseExpression()
      var value: Expr?
      if accept(.equal) != nil { value = try parseAnnotatedRightHandSide() }
      return Stmt(
        .annotatedAssign(target: target, annotation: annotation, value: value, isSimple: false),
        span(from: start))
    case .op(.equal):
      // Each target is checked before what follows its `=` is read: CPython's
      // first pass reads no further than an invalid target.
      var targets = [target]
      while check(.equal) {
        if let last = targets.last, invalidTarget(last, .store) != nil || isYield(last) {
          throw genericError()
        }
        advance()
        targets.append(try parseYieldOrStarExpressions())
      }
      let value = targets.removeLast()
      return Stmt(.assign(targets: targets, value: value), span(from: start))
    case .op(let punctuator):
      guard let op = punctuator.augmentedOperator else { break }
      guard isSingleTarget(target, allowName: true) else { throw genericError() }
      advance()
      let value = try parseYieldOrStarExpressions()
      return Stmt(.augmentedAssign(target: target, op: op, value: value), span(from: start))
    default:
      break
    }
    return Stmt(.expression(target), span(from: start))
  }

  /// `annotated_rhs: yield_expr | star_expressions`
  func parseAnnotatedRightHandSide() throws(ParseError) -> Expr {
    try parseYieldOrStarExpressions()
  }

  func parseYieldOrStarExpressions() throws(ParseError) -> Expr {
    if check(.yield) { return try parseYieldExpression() }
    return try parseStarExpressions()
  }

  /// A target of an annotation or augmented assignment: a name,
  /// attribute or subscript, possibly in parentheses.
  func isSingleTarget(_ target: Expr, allowName: Bool) -> Bool {
    switch target.kind {
    case .name: return allowName
    case .attribute, .subscript: return true
    default: return false
    }
  }

  func isYield(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .yield, .yieldFrom: return true
    default: return false
    }
  }

  /// The assignment rules of CPython's error pass, in its order; returns
  /// when none of them has a message for this statement.
  private func diagnoseAssignment() throws(ParseError) {
    let start = index
    let first = peek()
    // assignment: NAME ':' expression ['=' annotated_rhs]
    if checkName() && check(.colon, 1) {
      let parsed: Void? = try attempt { () throws(ParseError) in
        advance()
        advance()
        _ = try parseExpression()
        try skipOptionalAnnotatedValue()
      }
      if parsed != nil { return }
      index = start
    }
    // The first target (or the whole expression statement).
    guard let target = try attempt({ () throws(ParseError) in try parseYieldOrStarExpressions() })
    else {
      try diagnoseAnnotationTargets(start: start)
      return
    }
    let afterTarget = index
    let next = peek()
    // ('(' single_target ')' | single_subscript_attribute_target) ':' ...
    if case .op(.colon) = next.kind,
      isSingleTarget(target, allowName: isParenthesized(target, first))
    {
      let parsed: Void? = try attempt { () throws(ParseError) in
        advance()
        _ = try parseExpression()
        try skipOptionalAnnotatedValue()
      }
      if parsed != nil { return }
    }
    // (star_targets '=')+ (yield_expr | star_expressions) !'='
    var firstInvalid: Expr?
    var firstInvalidIsBareYield = false
    var chainSucceeded = false
    var current = target
    var currentStart = start
    index = afterTarget
    while check(.equal) {
      if isYield(current) || invalidTarget(current, .store) != nil {
        firstInvalid = current
        firstInvalidIsBareYield = tags[currentStart] == .keyword(.yield)
        break
      }
      advance()
      currentStart = index
      guard let value = try attempt({ () throws(ParseError) in try parseYieldOrStarExpressions() })
      else { break }
      current = value
      if !(check(.equal)) { chainSucceeded = true }
    }
    if chainSucceeded { return }
    // single_target augassign ~ (yield_expr | star_expressions)
    index = afterTarget
    if case .op(let punctuator) = next.kind, punctuator.augmentedOperator != nil {
      if isSingleTarget(target, allowName: true) {
        advance()
        _ = try parseYieldOrStarExpressions()
        return
      }
    }
    // invalid_assignment
    try diagnoseAnnotationTargets(start: start)
    // (star_targets '=')* star_expressions '=' | ... yield_expr '='
    if let bad = firstInvalid {
      if firstInvalidIsBareYield {
        throw specificError("assignment to yield expression not possible", at: bad.span)
      }
      if let invalid = invalidTarget(bad, .store) {
        throw specificError("cannot assign to \(expressionName(invalid))", at: invalid.span)
      }
    }
    // star_expressions augassign (yield_expr | star_expressions)
    index = afterTarget
    if case .op(let punctuator) = next.kind, punctuator.augmentedOperator != nil,
      !isYield(target)
    {
      advance()
      if try attempt({ () throws(ParseError) in try parseYieldOrStarExpressions() }) != nil {
        throw specificError(
          "'\(expressionName(target))' is an illegal expression for augmented assignment",
          at: target.span)
      }
    }
    index = start
  }

  /// `['=' annotated_rhs]`: an optional part, so a value that does not
  /// parse leaves the `=` unread.
  private func skipOptionalAnnotatedValue() throws(ParseError) {
    let start = index
    guard accept(.equal) != nil else { return }
    if try attempt({ () throws(ParseError) in try parseAnnotatedRightHandSide() }) == nil {
      index = start
    }
  }

  /// Whether `target` was written in parentheses (its first token is not
  /// where the expression starts).
  private func isParenthesized(_ target: Expr, _ first: Token) -> Bool {
    target.span.start != first.span.start
  }

  /// The annotation alternatives of `invalid_assignment`.
  private func diagnoseAnnotationTargets(start: Int) throws(ParseError) {
    // invalid_ann_assign_target ':' expression
    index = start
    if check(.leftParen) || check(.leftBracket) {
      if let target = try attempt({ () throws(ParseError) in try parseAnnotationTargetDisplay() }),
        accept(.colon) != nil,
        try attempt({ () throws(ParseError) in try parseExpression() }) != nil
      {
        let name = expressionName(target)
        throw specificError("only single target (not \(name)) can be annotated", at: target.span)
      }
    }
    // star_named_expression ',' star_named_expressions* ':' expression
    index = start
    if let element = try attempt({ () throws(ParseError) in try parseStarNamedExpression() }),
      accept(.comma) != nil
    {
      // `star_named_expressions*`: each repetition may follow the last
      // without a comma.
      while canStartExpression() {
        guard try attempt({ () throws(ParseError) in try parseStarNamedExpression() }) != nil
        else { break }
        _ = accept(.comma)
      }
      if accept(.colon) != nil,
        try attempt({ () throws(ParseError) in try parseExpression() }) != nil
      {
        throw specificError("only single target (not tuple) can be annotated", at: element.span)
      }
    }
    // expression ':' expression
    index = start
    if let target = try attempt({ () throws(ParseError) in try parseExpression() }),
      accept(.colon) != nil,
      try attempt({ () throws(ParseError) in try parseExpression() }) != nil
    {
      throw specificError("illegal target for annotation", at: target.span)
    }
    index = start
  }

  /// `invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'`
  private func parseAnnotationTargetDisplay() throws(ParseError) -> Expr {
    let token = peek()
    if check(.leftParen) && !(check(.leftParen, 1)) {
      let atom = try parseAtom()
      if case .tuple = atom.kind, atom.span.start == token.span.start { return atom }
      throw genericError()
    }
    if check(.leftParen) {
      advance()
      let inner = try parseAnnotationTargetDisplay()
      try expect(.rightParen)
      return inner
    }
    let atom = try parseAtom()
    if case .list = atom.kind { return atom }
    throw genericError()
  }
}
