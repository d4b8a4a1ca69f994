// Statements: dispatch, simple statements, assignments and their errors.

extension Parser {
  /// `statement: compound_stmt | simple_stmts`. A statement that fails is
  /// parsed again in the error pass to find CPython's specific message.
  func parseStatement() throws(ParseError) -> [Stmt] {
    try withErrorPass { () throws(ParseError) in try parseStatementOnce() }
  }

  private func parseStatementOnce() throws(ParseError) -> [Stmt] {
    switch peek().kind {
    case .keyword(.def), .keyword(.if), .keyword(.class), .keyword(.with), .keyword(.for),
      .keyword(.try), .keyword(.while), .op(.at):
      return [try parseCompoundStatement()]
    case .keyword(.async):
      if check(.def, 1) || check(.with, 1) || check(.for, 1) {
        return [try parseCompoundStatement()]
      }
      return try parseSimpleStatements()
    case .name("match"):
      if let statement = try parseMatchIfPresent() { return [statement] }
      return try parseSimpleStatements()
    default:
      return try parseSimpleStatements()
    }
  }

  /// `simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE`
  func parseSimpleStatements() throws(ParseError) -> [Stmt] {
    var statements = [try parseSimpleStatement()]
    while accept(.semicolon) != nil {
      if checkNewline() { break }
      statements.append(try parseSimpleStatement())
    }
    guard checkNewline() else { throw genericError() }
    advance()
    return statements
  }

  /// One simple statement, without its terminator.
  func parseSimpleStatement() throws(ParseError) -> Stmt {
    let token = peek()
    let start = token.span.start
    switch token.kind {
    case .keyword(.pass):
      advance()
      return Stmt(.pass, token.span)
    case .keyword(.break):
      advance()
      return Stmt(.break, token.span)
    case .keyword(.continue):
      advance()
      return Stmt(.continue, token.span)
    case .keyword(.return):
      advance()
      var value: Expr?
      if canStartExpression() { value = try parseStarExpressions() }
      return Stmt(.return(value), span(from: start))
    case .keyword(.raise):
      return try parseRaise()
    case .keyword(.global), .keyword(.nonlocal):
      advance()
      var names = [try expectName().0]
      while accept(.comma) != nil { names.append(try expectName().0) }
      let kind: StmtKind
      if case .keyword(.global) = token.kind {
        kind = .global(names)
      } else {
        kind = .nonlocal(names)
      }
      return Stmt(kind, span(from: start))
    case .keyword(.del):
      return try parseDelete()
    case .keyword(.assert):
      advance()
      let test = try parseExpression()
      var message: Expr?
      if accept(.comma) != nil { message = try parseExpression() }
      return Stmt(.assert(test: test, message: message), span(from: start))
    case .keyword(.import):
      return try parseImport()
    case .keyword(.from):
      return try parseFromImport()
    default:
      return try parseAssignmentOrExpression()
    }
  }

  /// The span from `start` to the end of the last token consumed.
  func span(from start: SourceLocation) -> SourceSpan {
    SourceSpan(start: start, end: previousEnd)
  }

  /// `raise_stmt: 'raise' expression ['from' expression] | 'raise'`
  private func parseRaise() throws(ParseError) -> Stmt {
    let start = advance().span.start
    guard canStartExpression() else {
      return Stmt(.raise(exception: nil, cause: nil), span(from: start))
    }
    let exception = try parseExpression()
    var cause: Expr?
    if accept(.from) != nil { cause = try parseExpression() }
    return Stmt(.raise(exception: exception, cause: cause), span(from: start))
  }

  /// `del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt`
  private func parseDelete() throws(ParseError) -> Stmt {
    let start = advance().span.start
    let afterKeyword = index
    var targets: [Expr] = []
    var valid = true
    repeat {
      if check(.semicolon) || checkNewline() { break }
      guard let target = try attempt({ () throws(ParseError) in try parseStarExpression() }) else {
        valid = false
        break
      }
      if invalidTarget(target, .delete) != nil { valid = false }
      targets.append(target)
    } while accept(.comma) != nil
    if valid && !targets.isEmpty && (check(.semicolon) || checkNewline()) {
      return Stmt(.delete(targets), span(from: start))
    }
    if diagnosing {
      index = afterKeyword
      if let expression = try attempt({ () throws(ParseError) in try parseStarExpressions() }),
        let bad = invalidTarget(expression, .delete)
      {
        throw specificError("cannot delete \(expressionName(bad))", at: bad.span)
      }
    }
    throw genericError()
  }

  // MARK: - Imports

  /// `import_name: 'import' dotted_as_names`
  private func parseImport() throws(ParseError) -> Stmt {
    let start = advance().span.start
    var aliases = [try parseDottedAlias()]
    while accept(.comma) != nil { aliases.append(try parseDottedAlias()) }
    return Stmt(.import(aliases), span(from: start))
  }

  /// `dotted_as_name: dotted_name ['as' NAME]`
  private func parseDottedAlias() throws(ParseError) -> ImportAlias {
    let (first, token) = try expectName()
    var name = first
    while check(.dot) {
      advance()
      name += "." + (try expectName().0)
    }
    var asName: String?
    if accept(.as) != nil { asName = try expectName().0 }
    return ImportAlias(name: name, asName: asName, span: span(from: token.span.start))
  }

  /// `import_from: 'from' ('.' | '...')* dotted_name 'import' targets
  ///            | 'from' ('.' | '...')+ 'import' targets`
  private func parseFromImport() throws(ParseError) -> Stmt {
    let start = advance().span.start
    var level = 0
    while true {
      if accept(.dot) != nil {
        level += 1
      } else if accept(.ellipsis) != nil {
        level += 3
      } else {
        break
      }
    }
    var module: String?
    if checkName() {
      var name = try expectName().0
      while check(.dot) {
        advance()
        name += "." + (try expectName().0)
      }
      module = name
    } else if level == 0 {
      throw genericError()
    }
    try expect(.import)
    let names: [ImportAlias]
    if let star = accept(.star) {
      names = [ImportAlias(name: "*", asName: nil, span: star.span)]
    } else if accept(.leftParen) != nil {
      var list = [try parseImportAlias()]
      while accept(.comma) != nil {
        if check(.rightParen) { break }
        list.append(try parseImportAlias())
      }
      try expect(.rightParen)
      names = list
    } else {
      var list = [try parseImportAlias()]
      while check(.comma) {
        advance()
        guard checkName() else {
          // invalid_import_from_targets: import_from_as_names ',' NEWLINE
          if diagnosing, checkNewline() {
            throw errorAtLastToken("trailing comma not allowed without surrounding parentheses")
          }
          throw genericError()
        }
        list.append(try parseImportAlias())
      }
      names = list
    }
    return Stmt(.importFrom(module: module, names: names, level: level), span(from: start))
  }

  /// `import_from_as_name: NAME ['as' NAME]`
  private func parseImportAlias() throws(ParseError) -> ImportAlias {
    let (name, token) = try expectName()
    var asName: String?
    if accept(.as) != nil { asName = try expectName().0 }
    return ImportAlias(name: name, asName: asName, span: span(from: token.span.start))
  }
}
