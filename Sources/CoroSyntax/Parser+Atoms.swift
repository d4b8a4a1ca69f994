// Atoms: names, literals, parenthesized forms, displays and comprehensions.

extension Parser {
  /// `atom`: a name, a literal, `...`, or a bracketed form.
  func parseAtom() throws(ParseError) -> Expr {
    let token = peek()
    switch token.kind {
    case .name(let name):
      advance()
      return Expr(.name(name), token.span)
    case .keyword(.true):
      advance()
      return Expr(.constant(.bool(true)), token.span)
    case .keyword(.false):
      advance()
      return Expr(.constant(.bool(false)), token.span)
    case .keyword(.none):
      advance()
      return Expr(.constant(.none), token.span)
    case .number(let value):
      advance()
      return Expr(.constant(value), token.span)
    case .string:
      return try parseStrings()
    case .op(.ellipsis):
      advance()
      return Expr(.constant(.ellipsis), token.span)
    case .op(.leftParen):
      return try parseParenthesized()
    case .op(.leftBracket):
      return try parseListDisplay()
    case .op(.leftBrace):
      return try parseBraceDisplay()
    default:
      throw genericError()
    }
  }

  /// Whether a comprehension clause (`for` or `async for`) starts here.
  func atComprehension() -> Bool {
    if check(.for) { return true }
    return check(.async) && check(.for, 1)
  }

  /// `tuple | group | genexp`
  private func parseParenthesized() throws(ParseError) -> Expr {
    let start = advance().span.start
    if accept(.rightParen) != nil { return Expr(.tuple([]), span(from: start)) }
    if check(.yield) {
      let value = try parseYieldExpression()
      try expect(.rightParen)
      return value
    }
    if diagnosing, let doubleStar = peekDoubleStar() {
      // invalid_group: '(' '**' expression ')'
      let saved = index
      advance()
      if try speculate({ () throws(ParseError) in try parseExpression() }) != nil,
        check(.rightParen)
      {
        throw specificError("cannot use double starred expression here", at: doubleStar.span)
      }
      index = saved
    }
    let first = try parseStarNamedExpression()
    if atComprehension() {
      try checkStarredComprehensionElement(first)
      let generators = try parseComprehensionClauses()
      try expect(.rightParen)
      return Expr(.generatorExpression(element: first, generators: generators), span(from: start))
    }
    if check(.comma) {
      var elements = [first]
      while accept(.comma) != nil {
        if check(.rightParen) { break }
        elements.append(try parseStarNamedExpression())
      }
      try expect(.rightParen)
      return Expr(.tuple(elements), span(from: start))
    }
    if case .starred = first.kind, check(.rightParen) {
      // invalid_group: '(' starred_expression ')'
      if diagnosing { throw specificError("cannot use starred expression here", at: first.span) }
      throw genericError()
    }
    try expect(.rightParen)
    return first
  }

  private func peekDoubleStar() -> Token? {
    let token = peek()
    if case .op(.doubleStar) = token.kind { return token }
    return nil
  }

  /// `[*a for a in b]` is an error (CPython's `invalid_comprehension`).
  private func checkStarredComprehensionElement(_ element: Expr) throws(ParseError) {
    guard case .starred = element.kind else { return }
    if diagnosing,
      try lookahead({ () throws(ParseError) in _ = try parseComprehensionClauses() })
    {
      throw specificError("iterable unpacking cannot be used in comprehension", at: element.span)
    }
    throw genericError()
  }

  /// `list | listcomp`
  private func parseListDisplay() throws(ParseError) -> Expr {
    let start = advance().span.start
    if accept(.rightBracket) != nil { return Expr(.list([]), span(from: start)) }
    let first = try parseStarNamedExpression()
    if atComprehension() {
      try checkStarredComprehensionElement(first)
      let generators = try parseComprehensionClauses()
      try expect(.rightBracket)
      return Expr(.listComprehension(element: first, generators: generators), span(from: start))
    }
    let elements = try parseDisplayElements(after: first, closing: .rightBracket)
    try expect(.rightBracket)
    return Expr(.list(elements), span(from: start))
  }

  /// The rest of a list or set display after its first element.
  private func parseDisplayElements(
    after first: Expr, closing: Punctuator
  ) throws(ParseError) -> [Expr] {
    var elements = [first]
    var lastComma: Token?
    while let comma = accept(.comma) {
      lastComma = comma
      if check(closing) || atComprehension() { break }
      elements.append(try parseStarNamedExpression())
      lastComma = nil
    }
    if atComprehension() {
      // invalid_comprehension: the target of a comprehension needs
      // parentheses when it is a tuple.
      if diagnosing,
        try lookahead({ () throws(ParseError) in _ = try parseComprehensionClauses() })
      {
        let message = "did you forget parentheses around the comprehension target?"
        if let comma = lastComma, elements.count == 1 {
          throw specificError(message, from: first.span, to: comma.span)
        }
        if elements.count > 1, let last = elements.last {
          throw specificError(message, from: first.span, to: last.span)
        }
      }
      throw genericError()
    }
    return elements
  }

  /// `dict | set | dictcomp | setcomp`
  private func parseBraceDisplay() throws(ParseError) -> Expr {
    let start = advance().span.start
    if accept(.rightBrace) != nil { return Expr(.dict([]), span(from: start)) }
    if let doubleStar = peekDoubleStar() {
      advance()
      let value = try parseBitwiseOr()
      if atComprehension() {
        // invalid_dict_comprehension
        if diagnosing,
          try lookahead({ () throws(ParseError) in
            _ = try parseComprehensionClauses()
            try expect(.rightBrace)
          })
        {
          throw specificError(
            "dict unpacking cannot be used in dict comprehension", at: doubleStar.span)
        }
        throw genericError()
      }
      return try parseDictEntries(first: DictEntry(key: nil, value: value), start: start)
    }
    let firstToken = peek()
    let first = try parseStarNamedExpression()
    if check(.colon), isPlainExpression(first, startingAt: firstToken) {
      let colon = advance()
      let value = try parseDictValue(colon: colon)
      if atComprehension() {
        let generators = try parseComprehensionClauses()
        try expect(.rightBrace)
        return Expr(
          .dictComprehension(key: first, value: value, generators: generators),
          span(from: start))
      }
      return try parseDictEntries(first: DictEntry(key: first, value: value), start: start)
    }
    if check(.colon) { throw genericError() }
    if atComprehension() {
      try checkStarredComprehensionElement(first)
      let generators = try parseComprehensionClauses()
      try expect(.rightBrace)
      return Expr(.setComprehension(element: first, generators: generators), span(from: start))
    }
    let elements = try parseDisplayElements(after: first, closing: .rightBrace)
    try expect(.rightBrace)
    return Expr(.set(elements), span(from: start))
  }

  /// A dictionary key must be a plain `expression`: not starred, no `:=`
  /// outside parentheses.
  private func isPlainExpression(_ expr: Expr, startingAt first: Token) -> Bool {
    switch expr.kind {
    case .starred: return false
    case .namedExpression: return expr.span.start != first.span.start
    default: return true
    }
  }

  /// The value after `key:`, with CPython's messages for `{a: *b}` and
  /// `{a:}`.
  private func parseDictValue(colon: Token) throws(ParseError) -> Expr {
    if diagnosing {
      if let star = accept(.star) {
        if try speculate({ () throws(ParseError) in try parseBitwiseOr() }) != nil {
          throw startingFromError(
            "cannot use a starred expression in a dictionary value", at: star.span)
        }
        throw genericError()
      }
      if check(.rightBrace) || check(.comma) {
        throw specificError("expression expected after dictionary key and ':'", at: colon.span)
      }
    }
    return try parseExpression()
  }

  /// CPython's `RAISE_SYNTAX_ERROR_STARTING_FROM`: from `start` to just
  /// before the end of the last token produced.
  func startingFromError(_ message: String, at start: SourceSpan) -> ParseError {
    let last = tokens[min(furthest, tokens.count - 1)].span.end
    let end = SourceLocation(line: last.line, column: max(0, last.column - 1))
    return specificError(message, at: SourceSpan(start: start.start, end: end))
  }

  /// The entries after the first one of a dict display, and the closing
  /// brace.
  private func parseDictEntries(first: DictEntry, start: SourceLocation) throws(ParseError) -> Expr
  {
    var entries = [first]
    while accept(.comma) != nil {
      if check(.rightBrace) { break }
      if accept(.doubleStar) != nil {
        entries.append(DictEntry(key: nil, value: try parseBitwiseOr()))
        continue
      }
      let key = try parseExpression()
      guard let colon = accept(.colon) else {
        // invalid_kvpair: a=expression !(':')
        if diagnosing {
          let at = SourceLocation(line: key.span.end.line, column: max(0, key.span.end.column - 1))
          throw specificError(
            "':' expected after dictionary key", at: SourceSpan(start: at, end: at))
        }
        throw genericError()
      }
      entries.append(DictEntry(key: key, value: try parseDictValue(colon: colon)))
    }
    try expect(.rightBrace)
    return Expr(.dict(entries), span(from: start))
  }

  /// `for_if_clauses: ([ASYNC] 'for' star_targets 'in' ~ disjunction
  ///                   ('if' disjunction)*)+`
  func parseComprehensionClauses() throws(ParseError) -> [Comprehension] {
    var generators: [Comprehension] = []
    while atComprehension() {
      let isAsync = accept(.async) != nil
      advance()
      let targetStart = index
      guard let target = try attempt({ () throws(ParseError) in try parseStarTargets() }),
        check(.in)
      else {
        try diagnoseForTarget(at: targetStart)
        throw genericError()
      }
      advance()
      let iterable = try parseDisjunction()
      var conditions: [Expr] = []
      while accept(.if) != nil { conditions.append(try parseDisjunction()) }
      generators.append(
        Comprehension(
          target: target, iterable: iterable, conditions: conditions, isAsync: isAsync))
    }
    return generators
  }

  /// CPython's `invalid_for_target: ASYNC? 'for' star_expressions`.
  func diagnoseForTarget(at position: Int) throws(ParseError) {
    guard diagnosing else { return }
    let saved = index
    defer { index = saved }
    index = position
    if let expression = try speculate({ () throws(ParseError) in try parseStarExpressions() }),
      let invalid = invalidTarget(expression, .forLoop)
    {
      throw specificError("cannot assign to \(expressionName(invalid))", at: invalid.span)
    }
  }
}
