// The `match` statement (PEP 634) and its patterns, after the rules of
// CPython 3.11's Grammar/python.gram (`match_stmt` ... `class_pattern`).
//
// `match` and `case` are soft keywords: `match` starts a match statement
// only when what follows parses as `subject ':' NEWLINE INDENT`; otherwise
// the line is an ordinary statement in which `match` is a name, as in
// CPython's `&"match" match_stmt` alternative that falls back to
// `simple_stmts`.

extension Parser {
  /// True when the current token is the name `word` (a soft keyword).
  func checkSoftKeyword(_ word: String, _ offset: Int = 0) -> Bool {
    if case .name(let name) = peek(offset).kind { return name == word }
    return false
  }

  /// `match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`,
  /// or nil (nothing consumed) when the line is not a match statement.
  func parseMatchIfPresent() throws(ParseError) -> Stmt? {
    let token = peek()
    let header = try speculate { () throws(ParseError) -> Expr in
      advance()
      let subject = try parseMatchSubject()
      // invalid_match_stmt
      if diagnosing, checkNewline() { throw errorAtLastToken("expected ':'") }
      try expect(.colon)
      guard checkNewline() else { throw genericError() }
      // At the end of the input (the REPL's first line) the statement is
      // incomplete, not an expression statement.
      if !diagnosing, case .endOfFile = peek(1).kind { return subject }
      guard case .indent = peek(1).kind else {
        if diagnosing {
          throw errorAtLastToken(
            "expected an indented block after 'match' statement on line \(token.span.start.line)",
            kind: .indentationError)
        }
        throw genericError()
      }
      return subject
    }
    guard let subject = header else { return nil }
    advance()
    guard case .indent = peek().kind else { throw genericError() }
    advance()
    var cases: [MatchCase] = []
    repeat {
      cases.append(try parseCaseBlock())
    } while checkSoftKeyword("case")
    guard case .dedent = peek().kind else { throw genericError() }
    advance()
    return Stmt(.match(subject: subject, cases: cases), span(from: token.span.start))
  }

  /// `subject_expr: star_named_expression ',' star_named_expressions? |
  /// named_expression`
  private func parseMatchSubject() throws(ParseError) -> Expr {
    let start = peek().span.start
    let first = try parseStarNamedExpression()
    guard accept(.comma) != nil else {
      if case .starred = first.kind { throw genericError() }
      return first
    }
    var items = [first]
    while !check(.colon) && canStartExpression() || check(.star) {
      items.append(try parseStarNamedExpression())
      if accept(.comma) == nil { break }
    }
    return Expr(.tuple(items), span(from: start))
  }

  /// `case_block: "case" patterns guard? ':' block`
  private func parseCaseBlock() throws(ParseError) -> MatchCase {
    guard checkSoftKeyword("case") else { throw genericError() }
    let token = advance()
    let pattern = try parsePatterns()
    var guardExpr: Expr?
    if accept(.if) != nil { guardExpr = try parseNamedExpression() }
    if accept(.colon) == nil {
      if diagnosing, checkNewline() { throw errorAtLastToken("expected ':'") }
      throw genericError()
    }
    let body = try parseBlock(after: "'case' statement", line: token.span.start.line)
    return MatchCase(pattern: pattern, guard_: guardExpr, body: body)
  }

  /// `patterns: open_sequence_pattern | pattern`
  private func parsePatterns() throws(ParseError) -> Pattern {
    let start = peek().span.start
    let first = try parseMaybeStarPattern()
    guard check(.comma) else {
      if case .star = first.kind { throw genericError() }
      return first
    }
    var items = [first]
    while accept(.comma) != nil {
      if check(.colon) || check(.if) { break }
      items.append(try parseMaybeStarPattern())
    }
    return Pattern(.sequence(items), span(from: start))
  }

  /// `maybe_star_pattern: star_pattern | pattern`
  private func parseMaybeStarPattern() throws(ParseError) -> Pattern {
    let token = peek()
    guard accept(.star) != nil else { return try parsePattern() }
    let (name, _) = try expectName()
    return Pattern(.star(name == "_" ? nil : name), span(from: token.span.start))
  }

  /// `pattern: or_pattern ['as' pattern_capture_target]`
  private func parsePattern() throws(ParseError) -> Pattern {
    try enterNesting()
    defer { leaveNesting() }
    let start = peek().span.start
    let pattern = try parseOrPattern()
    guard accept(.as) != nil else { return pattern }
    // invalid_as_pattern: `p as <not a name>`
    if diagnosing, !checkName(),
      let target = try speculate({ () throws(ParseError) in try parseExpression() })
    {
      throw specificError("invalid pattern target", at: target.span)
    }
    let (name, token) = try expectName()
    if name == "_" { throw errorAtToken("cannot use '_' as a target", token) }
    if check(.dot) || check(.leftParen) || check(.equal) { throw genericError() }
    return Pattern(.as(pattern, name: name), span(from: start))
  }

  /// `or_pattern: '|'.closed_pattern+`
  private func parseOrPattern() throws(ParseError) -> Pattern {
    let start = peek().span.start
    var alternatives = [try parseClosedPattern()]
    while accept(.verticalBar) != nil {
      alternatives.append(try parseClosedPattern())
    }
    if alternatives.count == 1 { return alternatives[0] }
    return Pattern(.or(alternatives), span(from: start))
  }

  /// `closed_pattern`: a literal, capture, wildcard, value, group, sequence,
  /// mapping or class pattern.
  private func parseClosedPattern() throws(ParseError) -> Pattern {
    let token = peek()
    let start = token.span.start
    switch token.kind {
    case .keyword(.none):
      advance()
      return Pattern(.singleton(.none), token.span)
    case .keyword(.true):
      advance()
      return Pattern(.singleton(.bool(true)), token.span)
    case .keyword(.false):
      advance()
      return Pattern(.singleton(.bool(false)), token.span)
    case .number, .op(.minus), .string:
      return Pattern(.value(try parseLiteralExpression()), span(from: start))
    case .name:
      let target = try parseNameOrAttribute()
      if check(.leftParen) { return try parseClassPattern(target, start: start) }
      if case .name(let name) = target.kind {
        if check(.equal) { throw genericError() }
        return Pattern(.as(nil, name: name == "_" ? nil : name), token.span)
      }
      return Pattern(.value(target), target.span)
    case .op(.leftParen):
      advance()
      if accept(.rightParen) != nil { return Pattern(.sequence([]), span(from: start)) }
      let first = try parseMaybeStarPattern()
      if accept(.rightParen) != nil {
        if case .star = first.kind { throw genericError() }
        return first
      }
      try expect(.comma)
      var items = [first]
      while !check(.rightParen) {
        items.append(try parseMaybeStarPattern())
        if accept(.comma) == nil { break }
      }
      try expect(.rightParen)
      return Pattern(.sequence(items), span(from: start))
    case .op(.leftBracket):
      advance()
      var items: [Pattern] = []
      while !check(.rightBracket) {
        items.append(try parseMaybeStarPattern())
        if accept(.comma) == nil { break }
      }
      try expect(.rightBracket)
      return Pattern(.sequence(items), span(from: start))
    case .op(.leftBrace):
      return try parseMappingPattern()
    default:
      throw genericError()
    }
  }

  /// `literal_expr`: a signed number, a complex literal `1+2j`, strings
  /// (no f-strings), None, True or False.
  private func parseLiteralExpression() throws(ParseError) -> Expr {
    let token = peek()
    let start = token.span.start
    switch token.kind {
    case .keyword(.none), .keyword(.true), .keyword(.false):
      return try parseAtom()
    case .string:
      let strings = try parseStrings()
      if case .joinedString = strings.kind {
        throw specificError("patterns may only match literals and attribute lookups", at: strings.span)
      }
      return strings
    default:
      break
    }
    var real: Expr
    if let minus = accept(.minus) {
      guard case .number(let value) = peek().kind else { throw genericError() }
      let number = advance()
      real = Expr(.unary(.negate, Expr(.constant(value), number.span)), span(from: minus.span.start))
    } else {
      guard case .number(let value) = peek().kind else { throw genericError() }
      real = Expr(.constant(value), advance().span)
    }
    guard check(.plus) || check(.minus) else { return real }
    let op: BinaryOperator = check(.plus) ? .add : .subtract
    advance()
    guard case .number(let imaginary) = peek().kind, case .imaginary = imaginary else {
      throw genericError()
    }
    let imaginaryToken = advance()
    let right = Expr(.constant(imaginary), imaginaryToken.span)
    return Expr(.binary(real, op, right), span(from: start))
  }

  /// `name_or_attr: NAME ('.' NAME)*`
  private func parseNameOrAttribute() throws(ParseError) -> Expr {
    let (first, token) = try expectName()
    var result = Expr(.name(first), token.span)
    while accept(.dot) != nil {
      let (name, _) = try expectName()
      result = Expr(.attribute(result, name: name), span(from: token.span.start))
    }
    return result
  }

  /// `class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'`
  private func parseClassPattern(_ cls: Expr, start: SourceLocation) throws(ParseError) -> Pattern {
    advance()
    var positional: [Pattern] = []
    var names: [String] = []
    var keywords: [Pattern] = []
    while !check(.rightParen) {
      if checkName(), check(.equal, 1) {
        let (name, _) = try expectName()
        advance()
        names.append(name)
        keywords.append(try parsePattern())
      } else {
        let pattern = try parsePattern()
        if !keywords.isEmpty {
          throw specificError("positional patterns follow keyword patterns", at: pattern.span)
        }
        positional.append(pattern)
      }
      if accept(.comma) == nil { break }
    }
    try expect(.rightParen)
    return Pattern(
      .class(cls, patterns: positional, keywordNames: names, keywordPatterns: keywords),
      span(from: start))
  }

  /// `mapping_pattern: '{' [items_pattern] [',' '**' NAME] [','] '}'`
  private func parseMappingPattern() throws(ParseError) -> Pattern {
    let start = advance().span.start
    var keys: [Expr] = []
    var patterns: [Pattern] = []
    var rest: String?
    while !check(.rightBrace) {
      if accept(.doubleStar) != nil {
        let (name, token) = try expectName()
        if name == "_" { throw genericError() }
        _ = token
        rest = name
        _ = accept(.comma)
        break
      }
      let key: Expr
      if checkName() {
        key = try parseNameOrAttribute()
        guard case .attribute = key.kind else { throw genericError() }
      } else {
        key = try parseLiteralExpression()
      }
      try expect(.colon)
      keys.append(key)
      patterns.append(try parsePattern())
      if accept(.comma) == nil { break }
    }
    try expect(.rightBrace)
    return Pattern(.mapping(keys: keys, patterns: patterns, rest: rest), span(from: start))
  }
}
