// Parameter lists of `def` and `lambda`, with CPython's messages for the
// ways they go wrong (`invalid_parameters`, `invalid_star_etc`, ...).

extension Parser {
  /// The parameters up to (not including) `)` for a `def`, or `:` for a
  /// lambda.
  func parseParameters(isLambda: Bool) throws(ParseError) -> Parameters {
    let terminator: Punctuator = isLambda ? .colon : .rightParen
    var result = Parameters()
    var positional: [Parameter] = []
    var sawSlash = false
    var sawStar = false
    var sawDoubleStar = false
    var sawDefault = false
    var hasParameters = false
    while !(check(terminator)) {
      let token = peek()
      switch token.kind {
      case .op(.slash):
        if diagnosing {
          if !hasParameters && (check(.comma, 1)) {
            throw errorAtToken("at least one argument must precede /", token)
          }
          if sawDoubleStar {
            throw errorAtToken("arguments cannot follow var-keyword argument", token)
          }
          if sawSlash { throw errorAtToken("/ may appear only once", token) }
          if sawStar { throw errorAtToken("/ must be ahead of *", token) }
        }
        guard hasParameters && !sawSlash && !sawStar else { throw genericError() }
        advance()
        if diagnosing && (check(.star)) {
          throw errorAtToken("expected comma between / and *", peek())
        }
        sawSlash = true
        result.positionalOnly = positional
        positional = []
      case .op(.star):
        if diagnosing && sawDoubleStar {
          throw errorAtToken("arguments cannot follow var-keyword argument", token)
        }
        if sawStar {
          if diagnosing && (check(.comma, 1) || checkName(1)) {
            throw errorAtToken("* argument may appear only once", token)
          }
          throw genericError()
        }
        guard !sawDoubleStar else { throw genericError() }
        advance()
        sawStar = true
        hasParameters = true
        if check(.comma) || check(terminator) {
          let bare = check(.comma) && !(check(.doubleStar, 1) || check(terminator, 1))
          if !bare {
            if diagnosing {
              if isLambda {
                throw errorAtLastToken("named arguments must follow bare *")
              }
              throw errorAtToken("named arguments must follow bare *", token)
            }
            throw genericError()
          }
        } else {
          let parameter = try parseParameter(annotated: !isLambda, starAnnotation: true)
          if let equal = accept(.equal) {
            if diagnosing {
              throw errorAtToken("var-positional argument cannot have default value", equal)
            }
            throw genericError()
          }
          result.varArgs = parameter
        }
      case .op(.doubleStar):
        if sawDoubleStar {
          if diagnosing {
            throw errorAtToken("arguments cannot follow var-keyword argument", token)
          }
          throw genericError()
        }
        advance()
        let parameter = try parseParameter(annotated: !isLambda, starAnnotation: false)
        if let equal = accept(.equal) {
          if diagnosing {
            throw errorAtToken("var-keyword argument cannot have default value", equal)
          }
          throw genericError()
        }
        result.varKeywords = parameter
        sawDoubleStar = true
        hasParameters = true
      case .name:
        let parameter = try parseParameter(annotated: !isLambda, starAnnotation: false)
        if sawDoubleStar {
          if diagnosing {
            throw specificError("arguments cannot follow var-keyword argument", at: parameter.span)
          }
          throw genericError()
        }
        var defaultValue: Expr?
        if let equal = accept(.equal) {
          if check(.comma) || check(.rightParen) {
            if diagnosing { throw errorAtToken("expected default value expression", equal) }
            throw genericError()
          }
          defaultValue = try parseExpression()
        }
        hasParameters = true
        if sawStar {
          result.keywordOnly.append(parameter)
          result.keywordDefaults.append(defaultValue)
        } else if let value = defaultValue {
          sawDefault = true
          result.defaults.append(value)
          positional.append(parameter)
        } else {
          if sawDefault {
            if diagnosing && (check(.comma) || check(terminator)) {
              throw specificError(
                "non-default argument follows default argument", at: parameter.span)
            }
            throw genericError()
          }
          positional.append(parameter)
        }
      case .op(.leftParen):
        try diagnoseParenthesizedParameters(isLambda: isLambda, sawDefault: sawDefault || sawStar)
        throw genericError()
      default:
        throw genericError()
      }
      if accept(.comma) == nil {
        guard check(terminator) else { throw genericError() }
        break
      }
    }
    result.positional = positional
    return result
  }

  /// `param: NAME annotation?`; `*args` may be annotated with `*Ts`.
  private func parseParameter(
    annotated: Bool, starAnnotation: Bool
  ) throws(ParseError) -> Parameter {
    let (name, token) = try expectName()
    var annotation: Expr?
    if annotated, accept(.colon) != nil {
      annotation = starAnnotation ? try parseStarExpression() : try parseExpression()
    }
    return Parameter(name: name, annotation: annotation, span: span(from: token.span.start))
  }

  /// `def f((a)):` and `lambda (a): ...`, which Python 2 allowed.
  private func diagnoseParenthesizedParameters(
    isLambda: Bool, sawDefault: Bool
  ) throws(ParseError) {
    guard diagnosing && !sawDefault else { return }
    let saved = index
    defer { index = saved }
    let open = advance()
    guard checkName() else { return }
    while checkName() {
      advance()
      if !isLambda, accept(.colon) != nil {
        guard try speculate({ () throws(ParseError) in try parseExpression() }) != nil else {
          return
        }
      }
      if accept(.comma) == nil { break }
    }
    guard let close = accept(.rightParen) else { return }
    let message =
      isLambda
      ? "Lambda expression parameters cannot be parenthesized"
      : "Function parameters cannot be parenthesized"
    throw specificError(message, from: open.span, to: close.span)
  }
}
