// Operators below comparisons: binary operators by precedence climbing,
// unary operators and powers, `await`, and primaries with their trailers.

extension Parser {
  // MARK: - Binary operators

  /// `bitwise_or` and everything below it down to `term`, by precedence
  /// climbing.
  func parseBitwiseOr() throws(ParseError) -> Expr {
    if diagnosing {
      return try memoized(.bitwiseOr) { () throws(ParseError) -> Expr in
        try parseBinary(minimum: 1)
      }
    }
    return try parseBinary(minimum: 1)
  }

  private func parseBinary(minimum: Int) throws(ParseError) -> Expr {
    let start = peek().span.start
    var left = try parseFactor()
    var depth: Int?
    while let (op, precedence) = binaryOperator(tag()), precedence >= minimum {
      guard
        let right = try attempt({ () throws(ParseError) in
          advance()
          return try parseBinary(minimum: precedence + 1)
        })
      else { break }
      let newDepth = (depth ?? treeDepth(left)) + 1
      try checkChainDepth(newDepth)
      depth = newDepth
      left = Expr(.binary(left, op, right), span(from: start))
    }
    return left
  }

  /// A binary operator below comparisons, with its precedence.
  private func binaryOperator(_ tag: TokenTag) -> (BinaryOperator, Int)? {
    guard case .op(let punctuator) = tag else { return nil }
    switch punctuator {
    case .verticalBar: return (.bitOr, 1)
    case .circumflex: return (.bitXor, 2)
    case .ampersand: return (.bitAnd, 3)
    case .leftShift: return (.leftShift, 4)
    case .rightShift: return (.rightShift, 4)
    case .plus: return (.add, 5)
    case .minus: return (.subtract, 5)
    case .star: return (.multiply, 6)
    case .slash: return (.trueDivide, 6)
    case .doubleSlash: return (.floorDivide, 6)
    case .percent: return (.modulo, 6)
    case .at: return (.matrixMultiply, 6)
    default: return nil
    }
  }

  // MARK: - Unary operators and powers

  /// `factor: ('+' | '-' | '~') factor | power` and
  /// `power: await_primary '**' factor | await_primary`, built without
  /// recursion: `-a ** -b ** c` is `-(a ** -(b ** c))`.
  func parseFactor() throws(ParseError) -> Expr {
    var operands: [(prefixes: [Token], start: SourceLocation, value: Expr)] = []
    var totalDepth = 0
    var backtrackPoint = index
    while true {
      var prefixes: [Token] = []
      while true {
        let token = peek()
        guard case .op(let punctuator) = token.kind,
          punctuator == .minus || punctuator == .plus || punctuator == .tilde
        else { break }
        prefixes.append(token)
        advance()
        try checkChainDepth(totalDepth + prefixes.count)
      }
      let start = peek().span.start
      let value: Expr
      if operands.isEmpty {
        value = try parseAwaitPrimary()
      } else {
        // `a ** junk` is just `a` to the rule above, which then fails.
        guard let operand = try attempt({ () throws(ParseError) in try parseAwaitPrimary() })
        else {
          index = backtrackPoint
          break
        }
        value = operand
      }
      totalDepth += prefixes.count + 1
      operands.append((prefixes, start, value))
      backtrackPoint = index
      guard check(.doubleStar) else { break }
      advance()
      try checkChainDepth(totalDepth)
    }
    if operands.count == 1 && operands[0].prefixes.isEmpty { return operands[0].value }
    try checkChainDepth(totalDepth + treeDepth(operands[operands.count - 1].value))
    let end = previousEnd
    var result: Expr?
    for operand in operands.reversed() {
      var value = operand.value
      if let right = result {
        value = Expr(.binary(value, .power, right), SourceSpan(start: operand.start, end: end))
      }
      for prefix in operand.prefixes.reversed() {
        let op: UnaryOperator
        switch prefix.kind {
        case .op(.minus): op = .negate
        case .op(.plus): op = .plus
        default: op = .invert
        }
        value = Expr(.unary(op, value), SourceSpan(start: prefix.span.start, end: end))
      }
      result = value
    }
    return result ?? operands[0].value
  }

  /// `await_primary: AWAIT primary | primary`
  private func parseAwaitPrimary() throws(ParseError) -> Expr {
    guard let token = accept(.await) else { return try parsePrimary() }
    let value = try parsePrimary()
    return Expr(.await(value), span(from: token.span.start))
  }

  /// `primary`: an atom followed by attribute references, calls and
  /// subscripts.
  func parsePrimary() throws(ParseError) -> Expr {
    if diagnosing {
      return try memoized(.primary) { () throws(ParseError) -> Expr in try parsePrimaryUncached() }
    }
    return try parsePrimaryUncached()
  }

  private func parsePrimaryUncached() throws(ParseError) -> Expr {
    let start = peek().span.start
    var result = try parseAtom()
    var depth: Int?
    while true {
      let token = peek()
      guard case .op(let punctuator) = token.kind else { break }
      let kind: ExprKind
      let operand = result
      // A trailer that does not parse leaves the primary as it was.
      let parsed = try attempt { () throws(ParseError) -> ExprKind? in
        switch punctuator {
        case .dot:
          advance()
          return .attribute(operand, name: try expectName().0)
        case .leftParen:
          let (arguments, keywords) = try parseCallArguments()
          return .call(function: operand, arguments: arguments, keywords: keywords)
        case .leftBracket:
          advance()
          let index = try parseSlices()
          try expect(.rightBracket)
          return .subscript(operand, index: index)
        default:
          return nil
        }
      }
      guard let parsedKind = parsed, let trailer = parsedKind else { return result }
      kind = trailer
      let newDepth = (depth ?? treeDepth(result)) + 1
      try checkChainDepth(newDepth)
      depth = newDepth
      result = Expr(kind, span(from: start))
    }
    return result
  }
}
