// Call arguments and subscript slices.

extension Parser {
  /// `'(' [arguments] ')'` after a primary, or a generator expression as
  /// the only argument (`f(x for x in y)`). Returns positional arguments
  /// (with `*iterables`) and keywords (with `**mappings`).
  func parseCallArguments(
    allowGenerator: Bool = true
  ) throws(ParseError) -> ([Expr], [Keyword]) {
    guard inErrorPass else { return try parseCallArgumentsUncached(allowGenerator) }
    // `arguments` is memoized in CPython's error pass.
    let key = MemoKey(rule: allowGenerator ? -1 : -2, position: index)
    if let entry = argumentsMemo[key] {
      guard let result = entry.result else { throw genericError() }
      index = entry.end
      return result
    }
    do {
      let result = try parseCallArgumentsUncached(allowGenerator)
      argumentsMemo[key] = (result, index)
      return result
    } catch {
      if error.isGeneric { argumentsMemo[key] = (nil, index) }
      throw error
    }
  }

  private func parseCallArgumentsUncached(
    _ allowGenerator: Bool
  ) throws(ParseError) -> ([Expr], [Keyword]) {
    let open = advance()
    var arguments: [Expr] = []
    var keywords: [Keyword] = []
    var sawKeyword = false
    var sawDoubleStar = false
    while !(check(.rightParen)) {
      let token = peek()
      if diagnosing { try checkInvalidKeywordArgument() }
      let isKeyword = checkName() && check(.equal, 1)
      switch token.kind {
      case .op(.star):
        // CPython reads no further than this `*` once a `**` came before.
        if sawDoubleStar {
          if diagnosing {
            throw specificError(
              "iterable argument unpacking follows keyword argument unpacking", at: token.span)
          }
          throw genericError()
        }
        advance()
        let value = try parseExpression()
        arguments.append(Expr(.starred(value), span(from: token.span.start)))
      case .op(.doubleStar):
        advance()
        let value = try parseExpression()
        keywords.append(Keyword(name: nil, value: value, span: span(from: token.span.start)))
        sawDoubleStar = true
      case .name(let name) where isKeyword:
        advance()
        advance()
        let value = try parseExpression()
        keywords.append(Keyword(name: name, value: value, span: span(from: token.span.start)))
        sawKeyword = true
      default:
        // After keywords, CPython's first pass looks no further than the
        // start of a positional argument.
        if (sawKeyword || sawDoubleStar) && !diagnosing { throw genericError() }
        let value = try parseArgumentExpression()
        if atComprehension() {
          let isOnly = arguments.isEmpty && keywords.isEmpty
          // A class's bases are `arguments`, with no generator form.
          if !allowGenerator && isOnly { throw genericError() }
          let generator = try parseBareGenerator(value, from: open, isOnly: isOnly)
          if allowGenerator && isOnly, let close = accept(.rightParen) {
            let expr = Expr(generator.kind, SourceSpan(from: open.span, to: close.span))
            return ([expr], [])
          }
          if diagnosing, let last = generator.lastItem, !isOnly || (check(.comma)) {
            throw specificError(
              "Generator expression must be parenthesized", from: value.span, to: last.span)
          }
          throw genericError()
        }
        if check(.equal) { throw genericError() }
        if sawKeyword || sawDoubleStar {
          if diagnosing {
            try skipRemainingArguments()
            throw errorAtToken(
              sawDoubleStar
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument", peek())
          }
          throw genericError()
        }
        arguments.append(value)
      }
      if accept(.comma) == nil { break }
    }
    try expect(.rightParen)
    return (arguments, keywords)
  }

  /// A positional argument: `assignment_expression | expression !':='`.
  private func parseArgumentExpression() throws(ParseError) -> Expr {
    if checkName() && check(.colonEqual, 1) { return try parseAssignmentExpression() }
    let value = try parseExpression()
    if check(.colonEqual) { throw genericError() }
    return value
  }

  /// An unparenthesized generator expression in a call, and the item
  /// CPython's messages end at (the last condition, or else the iterable).
  private func parseBareGenerator(
    _ element: Expr, from open: Token, isOnly: Bool
  ) throws(ParseError) -> (kind: ExprKind, lastItem: Expr?) {
    let generators = try parseComprehensionClauses()
    let last = generators.last.map { $0.conditions.last ?? $0.iterable }
    return (.generatorExpression(element: element, generators: generators), last)
  }

  /// CPython's `invalid_kwarg`, tried before each argument in the error
  /// pass.
  private func checkInvalidKeywordArgument() throws(ParseError) {
    let token = peek()
    switch token.kind {
    case .keyword(.true), .keyword(.false), .keyword(.none):
      if check(.equal, 1) {
        let equal = peek(1)
        throw specificError(
          "cannot assign to \(tokenText(token))", from: token.span, to: equal.span)
      }
      return
    case .name:
      guard check(.equal, 1) else { break }
      let saved = index
      defer { index = saved }
      let equal = peek(1)
      advance()
      advance()
      if try speculate({ () throws(ParseError) in try parseExpression() }) != nil,
        atComprehension(),
        try lookahead({ () throws(ParseError) in _ = try parseComprehensionClauses() })
      {
        throw specificError(
          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: token.span,
          to: equal.span)
      }
      return
    case .op(.star), .op(.doubleStar):
      return
    default:
      break
    }
    let saved = index
    defer { index = saved }
    if let value = try speculate({ () throws(ParseError) in try parseExpression() }),
      check(.equal)
    {
      let equal = peek()
      throw specificError(
        "expression cannot contain assignment, perhaps you meant \"==\"?", from: value.span,
        to: equal.span)
    }
  }

  private func tokenText(_ token: Token) -> String {
    if case .keyword(let word) = token.kind { return word.rawValue }
    return ""
  }

  /// Reads the rest of an argument list without checking its order, so
  /// that an error lands where CPython's error pass stops reading.
  private func skipRemainingArguments() throws(ParseError) {
    while accept(.comma) != nil {
      if check(.rightParen) { return }
      if accept(.star) != nil || accept(.doubleStar) != nil {
        guard try speculate({ () throws(ParseError) in try parseExpression() }) != nil else {
          return
        }
        continue
      }
      if checkName() && check(.equal, 1) {
        advance()
        advance()
      }
      guard try speculate({ () throws(ParseError) in try parseExpression() }) != nil else {
        return
      }
    }
  }

  // MARK: - Subscripts

  /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`
  func parseSlices() throws(ParseError) -> Expr {
    let start = peek().span.start
    let first = try parseSliceOrStarred()
    var isStarred = false
    if case .starred = first.kind { isStarred = true }
    if !isStarred && !(check(.comma)) { return first }
    var elements = [first]
    while accept(.comma) != nil {
      if check(.rightBracket) { break }
      elements.append(try parseSliceOrStarred())
    }
    return Expr(.tuple(elements), span(from: start))
  }

  private func parseSliceOrStarred() throws(ParseError) -> Expr {
    if let star = accept(.star) {
      let value = try parseExpression()
      return Expr(.starred(value), span(from: star.span.start))
    }
    return try parseSlice()
  }

  /// `slice: [expression] ':' [expression] [':' [expression]]
  ///       | named_expression`
  private func parseSlice() throws(ParseError) -> Expr {
    let start = peek().span.start
    var lower: Expr?
    if !(check(.colon)) {
      let value = try parseNamedExpression()
      guard check(.colon) else { return value }
      if case .namedExpression = value.kind { throw genericError() }
      lower = value
    }
    advance()
    var upper: Expr?
    var step: Expr?
    if canStartSliceBound() { upper = try parseExpression() }
    if accept(.colon) != nil {
      if canStartSliceBound() { step = try parseExpression() }
    }
    return Expr(.slice(lower: lower, upper: upper, step: step), span(from: start))
  }

  private func canStartSliceBound() -> Bool {
    if check(.star) { return false }
    return canStartExpression()
  }
}
