// Compound statements: if, while, for, with, try, def, class, decorators,
// and the blocks they own.

extension Parser {
  func parseCompoundStatement() throws(ParseError) -> Stmt {
    let token = peek()
    switch token.kind {
    case .op(.at):
      return try parseDecorated()
    case .keyword(.def):
      return try parseFunctionDefinition(decorators: [], start: token.span.start, isAsync: false)
    case .keyword(.async):
      advance()
      switch peek().kind {
      case .keyword(.def):
        return try parseFunctionDefinition(decorators: [], start: token.span.start, isAsync: true)
      case .keyword(.with):
        return try parseWith(start: token.span.start, isAsync: true)
      case .keyword(.for):
        return try parseFor(start: token.span.start, isAsync: true)
      default:
        throw genericError()
      }
    case .keyword(.if):
      return try parseIf()
    case .keyword(.class):
      return try parseClassDefinition(decorators: [])
    case .keyword(.with):
      return try parseWith(start: token.span.start, isAsync: false)
    case .keyword(.for):
      return try parseFor(start: token.span.start, isAsync: false)
    case .keyword(.try):
      return try parseTry()
    case .keyword(.while):
      return try parseWhile()
    default:
      throw genericError()
    }
  }

  // MARK: - Blocks

  /// `block: NEWLINE INDENT statements DEDENT | simple_stmts`. `header`
  /// and `line` name the statement in "expected an indented block".
  func parseBlock(after header: String, line: Int) throws(ParseError) -> [Stmt] {
    guard checkNewline() else { return try parseSimpleStatements() }
    guard case .indent = peek(1).kind else {
      if diagnosing {
        throw errorAtLastToken(
          "expected an indented block after \(header) on line \(line)", kind: .indentationError)
      }
      throw genericError()
    }
    advance()
    advance()
    var body: [Stmt] = []
    while true {
      if case .dedent = peek().kind {
        advance()
        return body
      }
      body.append(contentsOf: try parseStatement())
    }
  }

  /// The `:` ending a header; in the error pass a missing one before the
  /// end of the line is "expected ':'".
  private func expectHeaderColon() throws(ParseError) {
    if accept(.colon) != nil { return }
    if diagnosing, checkNewline() { throw errorAtLastToken("expected ':'") }
    throw genericError()
  }

  /// `else_block: 'else' &&':' block`
  private func parseElseBlock() throws(ParseError) -> [Stmt] {
    let token = advance()
    try expectForced(.colon)
    return try parseBlock(after: "'else' statement", line: token.span.start.line)
  }

  // MARK: - if, while, for

  /// `if_stmt` with its `elif` chain, which becomes nested `if`s in
  /// `orElse` as in CPython.
  private func parseIf() throws(ParseError) -> Stmt {
    var clauses: [(start: SourceLocation, test: Expr, body: [Stmt])] = []
    var orElse: [Stmt] = []
    repeat {
      let token = advance()
      let test = try parseNamedExpression()
      try expectHeaderColon()
      let header = clauses.isEmpty ? "'if' statement" : "'elif' statement"
      let body = try parseBlock(after: header, line: token.span.start.line)
      clauses.append((token.span.start, test, body))
      try checkChainDepth(clauses.count)
    } while check(.elif)
    if check(.else) { orElse = try parseElseBlock() }
    let end = previousEnd
    var result: Stmt?
    for clause in clauses.reversed() {
      let statement = Stmt(
        .if(test: clause.test, body: clause.body, orElse: result.map { [$0] } ?? orElse),
        SourceSpan(start: clause.start, end: end))
      result = statement
    }
    guard let statement = result else { throw genericError() }
    return statement
  }

  /// `while_stmt: 'while' named_expression ':' block [else_block]`
  private func parseWhile() throws(ParseError) -> Stmt {
    let token = advance()
    let test = try parseNamedExpression()
    try expectHeaderColon()
    let body = try parseBlock(after: "'while' statement", line: token.span.start.line)
    let orElse = check(.else) ? try parseElseBlock() : []
    return Stmt(.while(test: test, body: body, orElse: orElse), span(from: token.span.start))
  }

  /// `for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':'
  ///            block [else_block]`
  private func parseFor(start: SourceLocation, isAsync: Bool) throws(ParseError) -> Stmt {
    let token = advance()
    let targetStart = index
    guard let target = try attempt({ () throws(ParseError) in try parseStarTargets() }),
      check(.in)
    else {
      try diagnoseForTarget(at: targetStart)
      throw genericError()
    }
    advance()
    let iterable = try parseStarExpressions()
    try expectHeaderColon()
    let body = try parseBlock(after: "'for' statement", line: token.span.start.line)
    let orElse = check(.else) ? try parseElseBlock() : []
    return Stmt(
      .for(target: target, iterable: iterable, body: body, orElse: orElse, isAsync: isAsync),
      span(from: start))
  }

  // MARK: - with

  /// `with_stmt: [ASYNC] 'with' ('(' ','.with_item+ ','? ')' | ','.with_item+)
  ///             ':' block`
  private func parseWith(start: SourceLocation, isAsync: Bool) throws(ParseError) -> Stmt {
    let token = advance()
    var items: [WithItem]?
    if check(.leftParen) {
      items = try attempt { () throws(ParseError) -> [WithItem] in
        advance()
        var list = [try parseWithItem()]
        while accept(.comma) != nil {
          if check(.rightParen) { break }
          list.append(try parseWithItem())
        }
        try expect(.rightParen)
        guard check(.colon) || (diagnosing && checkNewline()) else { throw genericError() }
        return list
      }
    }
    if items == nil {
      var list = [try parseWithItem()]
      while accept(.comma) != nil { list.append(try parseWithItem()) }
      items = list
    }
    try expectHeaderColon()
    let body = try parseBlock(after: "'with' statement", line: token.span.start.line)
    return Stmt(.with(items: items ?? [], body: body, isAsync: isAsync), span(from: start))
  }

  /// `with_item: expression 'as' star_target &(',' | ')' | ':')
  ///           | expression`
  private func parseWithItem() throws(ParseError) -> WithItem {
    let context = try parseExpression()
    guard check(.as) else { return WithItem(context: context, target: nil) }
    advance()
    let targetStart = index
    if let target = try attempt({ () throws(ParseError) in try parseStarTarget() }),
      check(.comma) || check(.rightParen) || check(.colon) || (diagnosing && checkNewline())
    {
      return WithItem(context: context, target: target)
    }
    // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
    if diagnosing {
      index = targetStart
      if let target = try speculate({ () throws(ParseError) in try parseExpression() }),
        check(.comma) || check(.rightParen) || check(.colon),
        let invalid = invalidTarget(target, .store)
      {
        throw specificError("cannot assign to \(expressionName(invalid))", at: invalid.span)
      }
    }
    throw genericError()
  }

  // MARK: - try

  /// `try_stmt: 'try' &&':' block (finally_block | except_block+ ... |
  ///            except_star_block+ ...)`
  private func parseTry() throws(ParseError) -> Stmt {
    let token = advance()
    try expectForced(.colon)
    let body = try parseBlock(after: "'try' statement", line: token.span.start.line)
    var handlers: [ExceptHandler] = []
    var isStar: Bool?
    while check(.except) {
      let exceptToken = peek()
      let star = check(.star, 1)
      if let previous = isStar, previous != star {
        if diagnosing {
          try diagnoseMixedExcept(exceptToken: exceptToken, starHandlers: previous)
        }
        throw genericError()
      }
      isStar = star
      handlers.append(try parseExceptBlock())
    }
    var orElse: [Stmt] = []
    var finally: [Stmt] = []
    if !handlers.isEmpty && (check(.else)) { orElse = try parseElseBlock() }
    if check(.finally) {
      let finallyToken = advance()
      try expectForced(.colon)
      finally = try parseBlock(
        after: "'finally' statement", line: finallyToken.span.start.line)
    }
    if handlers.isEmpty && finally.isEmpty {
      if diagnosing { throw errorAtLastToken("expected 'except' or 'finally' block") }
      throw genericError()
    }
    return Stmt(
      .try(
        body: body, handlers: handlers, orElse: orElse, finally: finally, isStar: isStar ?? false),
      span(from: token.span.start))
  }

  /// "cannot have both 'except' and 'except*' on the same 'try'", where
  /// CPython's rule would match the whole clause header.
  private func diagnoseMixedExcept(exceptToken: Token, starHandlers: Bool) throws(ParseError) {
    let saved = index
    defer { index = saved }
    advance()
    let message = "cannot have both 'except' and 'except*' on the same 'try'"
    if !starHandlers {
      let star = advance()
      guard try speculate({ () throws(ParseError) in try parseExpression() }) != nil else { return }
      if accept(.as) != nil {
        guard checkName() else { return }
        advance()
      }
      if check(.colon) { throw specificError(message, from: exceptToken.span, to: star.span) }
    } else {
      if !(check(.colon)) {
        guard try speculate({ () throws(ParseError) in try parseExpression() }) != nil else {
          return
        }
        if accept(.as) != nil {
          guard checkName() else { return }
          advance()
        }
      }
      if check(.colon) { throw specificError(message, at: exceptToken.span) }
    }
  }

  /// `except_block: 'except' [expression ['as' NAME]] ':' block`, or its
  /// `except*` form.
  private func parseExceptBlock() throws(ParseError) -> ExceptHandler {
    let token = advance()
    let isStar = accept(.star) != nil
    var type: Expr?
    var name: String?
    if !isStar && diagnosing && checkNewline() { throw errorAtLastToken("expected ':'") }
    if isStar || !(check(.colon)) {
      if isStar, check(.colon) || checkNewline() {
        if diagnosing { throw errorAtLastToken("expected one or more exception types") }
        throw genericError()
      }
      let exception = try parseExpression()
      if check(.comma) {
        if diagnosing { try diagnoseUnparenthesizedExceptTypes(exception) }
        throw genericError()
      }
      type = exception
      if accept(.as) != nil { name = try expectName().0 }
    }
    if accept(.colon) == nil {
      if diagnosing, checkNewline() { throw errorAtLastToken("expected ':'") }
      throw genericError()
    }
    let header = isStar ? "'except*' statement" : "'except' statement"
    let body = try parseBlock(after: header, line: token.span.start.line)
    return ExceptHandler(type: type, name: name, body: body, span: span(from: token.span.start))
  }

  /// `except A, B:`: "multiple exception types must be parenthesized".
  private func diagnoseUnparenthesizedExceptTypes(_ first: Expr) throws(ParseError) {
    let saved = index
    defer { index = saved }
    advance()
    guard try speculate({ () throws(ParseError) in try parseExpression() }) != nil else { return }
    while accept(.comma) != nil {
      if check(.colon) || check(.as) { break }
      guard try speculate({ () throws(ParseError) in try parseExpression() }) != nil else { return }
    }
    if accept(.as) != nil {
      guard checkName() else { return }
      advance()
    }
    if check(.colon) {
      throw startingFromError("multiple exception types must be parenthesized", at: first.span)
    }
  }

  // MARK: - Definitions

  /// `decorators: ('@' named_expression NEWLINE)+`, then a definition.
  private func parseDecorated() throws(ParseError) -> Stmt {
    var decorators: [Expr] = []
    while accept(.at) != nil {
      decorators.append(try parseNamedExpression())
      guard checkNewline() else { throw genericError() }
      advance()
    }
    let token = peek()
    if case .keyword(.async) = token.kind, check(.def, 1) {
      advance()
      return try parseFunctionDefinition(
        decorators: decorators, start: token.span.start, isAsync: true)
    }
    switch token.kind {
    case .keyword(.def):
      return try parseFunctionDefinition(
        decorators: decorators, start: token.span.start, isAsync: false)
    case .keyword(.class):
      return try parseClassDefinition(decorators: decorators)
    default:
      throw genericError()
    }
  }

  /// `'def' NAME &&'(' [params] ')' ['->' expression] &&':' block`
  private func parseFunctionDefinition(
    decorators: [Expr], start: SourceLocation, isAsync: Bool
  ) throws(ParseError) -> Stmt {
    let token = advance()
    let (name, _) = try expectName()
    try expectForced(.leftParen)
    let parameters = try parseParameters(isLambda: false)
    try expect(.rightParen)
    var returns: Expr?
    if check(.arrow) {
      // `['->' expression]` is optional: without an expression the arrow
      // is where ':' was expected.
      returns = try attempt { () throws(ParseError) in
        advance()
        return try parseExpression()
      }
    }
    try expectForced(.colon)
    let body = try parseBlock(after: "function definition", line: token.span.start.line)
    let definition = FunctionDef(
      name: name, parameters: parameters, body: body, decorators: decorators, returns: returns,
      isAsync: isAsync)
    return Stmt(.functionDef(definition), span(from: start))
  }

  /// `'class' NAME ['(' [arguments] ')'] ':' block`
  private func parseClassDefinition(decorators: [Expr]) throws(ParseError) -> Stmt {
    let token = advance()
    let (name, _) = try expectName()
    var bases: [Expr] = []
    var keywords: [Keyword] = []
    if check(.leftParen) {
      (bases, keywords) = try parseCallArguments(allowGenerator: false)
    }
    try expectHeaderColon()
    let body = try parseBlock(after: "class definition", line: token.span.start.line)
    let definition = ClassDef(
      name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
    return Stmt(.classDef(definition), span(from: token.span.start))
  }
}
