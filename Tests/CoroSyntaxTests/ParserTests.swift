import XCTest

@testable import CoroSyntax

final class ParserTests: XCTestCase {
  // MARK: - Helpers

  func parse(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> Module? {
    do {
      return try parseModule(source, filename: "<test>")
    } catch {
      XCTFail(
        "unexpected \(error.kind.rawValue): \(error.message) at \(error.location)",
        file: file, line: line)
      return nil
    }
  }

  func error(_ source: String) -> SyntaxError? {
    do {
      _ = try parseModule(source, filename: "<test>")
      return nil
    } catch {
      return error
    }
  }

  /// The first statement's expression.
  func expression(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> Expr? {
    guard let module = parse(source, file: file, line: line), let first = module.body.first,
      case .expression(let expr) = first.kind
    else {
      XCTFail("not an expression statement", file: file, line: line)
      return nil
    }
    return expr
  }

  /// An expression's shape as a terse S-expression, without positions.
  func shape(_ expr: Expr) -> String {
    switch expr.kind {
    case .name(let name): return name
    case .constant(let value):
      switch value {
      case .int(let number): return String(number)
      case .string(let text): return "'\(text)'"
      case .none: return "None"
      case .bool(let flag): return flag ? "True" : "False"
      default: return "\(value)"
      }
    case .unary(let op, let operand): return "(\(op.rawValue) \(shape(operand)))"
    case .binary(let left, let op, let right):
      return "(\(op.rawValue) \(shape(left)) \(shape(right)))"
    case .boolean(let op, let values):
      return "(\(op.rawValue) \(values.map(shape).joined(separator: " ")))"
    case .compare(let left, let pairs):
      return "(cmp \(shape(left)) "
        + pairs.map { "\($0.op.rawValue) \(shape($0.right))" }.joined(separator: " ") + ")"
    case .conditional(let test, let body, let orElse):
      return "(if \(shape(test)) \(shape(body)) \(shape(orElse)))"
    case .lambda(_, let body): return "(lambda \(shape(body)))"
    case .call(let function, let arguments, let keywords):
      let rendered = arguments.map(shape) + keywords.map { "\($0.name ?? "**")=\(shape($0.value))" }
      return "(call \(shape(function))\(rendered.map { " " + $0 }.joined()))"
    case .attribute(let value, let name): return "(. \(shape(value)) \(name))"
    case .subscript(let value, let index): return "([] \(shape(value)) \(shape(index)))"
    case .slice(let lower, let upper, let step):
      return "(: \([lower, upper, step].map { $0.map(shape) ?? "_" }.joined(separator: " ")))"
    case .starred(let value): return "(* \(shape(value)))"
    case .tuple(let elements): return "(tuple \(elements.map(shape).joined(separator: " ")))"
    case .list(let elements): return "(list \(elements.map(shape).joined(separator: " ")))"
    case .await(let value): return "(await \(shape(value)))"
    case .namedExpression(let target, let value): return "(:= \(shape(target)) \(shape(value)))"
    default: return "<\(expr.kind)>"
    }
  }

  func assertShape(
    _ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    guard let expr = expression(source, file: file, line: line) else { return }
    XCTAssertEqual(shape(expr), expected, source, file: file, line: line)
  }

  func at(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> SourceSpan {
    SourceSpan(
      start: SourceLocation(line: l1, column: c1), end: SourceLocation(line: l2, column: c2))
  }

  // MARK: - Precedence

  func testArithmeticPrecedence() {
    assertShape("1 + 2 * 3", "(+ 1 (* 2 3))")
    assertShape("1 * 2 + 3", "(+ (* 1 2) 3)")
    assertShape("1 - 2 - 3", "(- (- 1 2) 3)")
    assertShape("a / b // c % d @ e", "(@ (% (// (/ a b) c) d) e)")
    assertShape("a << b + c", "(<< a (+ b c))")
    assertShape("a | b ^ c & d", "(| a (^ b (& c d)))")
  }

  func testPowerAndUnary() {
    assertShape("-2 ** 2", "(- (** 2 2))")
    assertShape("2 ** 3 ** 4", "(** 2 (** 3 4))")
    assertShape("2 ** -1", "(** 2 (- 1))")
    assertShape("-a ** -b ** c", "(- (** a (- (** b c))))")
    assertShape("~a ** b", "(~ (** a b))")
    assertShape("- - + ~x", "(- (- (+ (~ x))))")
    assertShape("await a ** b", "(** (await a) b)")
  }

  func testComparisonsAndBooleans() {
    assertShape("a < b <= c != d", "(cmp a < b <= c != d)")
    assertShape("a not in b is not c", "(cmp a not in b is not c)")
    assertShape("not a == b", "(not (cmp a == b))")
    assertShape("a or b and not c", "(or a (and b (not c)))")
    assertShape("a and b or c and d", "(or (and a b) (and c d))")
    assertShape("a | b < c", "(cmp (| a b) < c)")
  }

  func testConditionalLambdaAndWalrus() {
    assertShape("a if b else c if d else e", "(if b a (if d c e))")
    assertShape("lambda: a if b else c", "(lambda (if b a c))")
    assertShape("(x := a or b)", "(:= x (or a b))")
    assertShape("a or b if c else d", "(if c (or a b) d)")
  }

  func testPrimaries() {
    assertShape("a.b(c)[d].e", "(. ([] (call (. a b) c) d) e)")
    assertShape("f(a, *b, c=1, **d)", "(call f a (* b) c=1 **=d)")
    assertShape("a[1:2, ::3]", "([] a (tuple (: 1 2 _) (: _ _ 3)))")
    assertShape("a[*b]", "([] a (tuple (* b)))")
    assertShape("a[b:=1]", "([] a (:= b 1))")
  }

  // MARK: - Spans

  func testExpressionSpans() {
    guard let expr = expression("(a) + b.c") else { return }
    XCTAssertEqual(expr.span, at(1, 0, 1, 9), "the sum starts at the parenthesis")
    guard case .binary(let left, _, let right) = expr.kind else { return XCTFail() }
    XCTAssertEqual(left.span, at(1, 1, 1, 2), "the group's value excludes the parentheses")
    XCTAssertEqual(right.span, at(1, 6, 1, 9))
  }

  func testTupleAndCallSpans() {
    XCTAssertEqual(expression("(1, 2)")?.span, at(1, 0, 1, 6))
    XCTAssertEqual(expression("1, 2,")?.span, at(1, 0, 1, 5))
    guard let call = expression("f(x for x in y)"), case .call(_, let arguments, _) = call.kind
    else { return XCTFail() }
    XCTAssertEqual(
      arguments.first?.span, at(1, 1, 1, 15), "a bare generator takes the call's parentheses")
  }

  func testStatementSpansEndAtTheLastToken() {
    guard let module = parse("if x:\n    pass\n\n# comment\ny = 1\n") else { return }
    XCTAssertEqual(module.body[0].span, at(1, 0, 2, 8))
    XCTAssertEqual(module.body[1].span, at(5, 0, 5, 5))
  }

  func testNonASCIIColumnsAreScalars() {
    guard let module = parse("é = 'ü' + 日本\n"),
      case .assign(let targets, let value) = module.body[0].kind
    else { return XCTFail() }
    XCTAssertEqual(targets[0].span, at(1, 0, 1, 1))
    XCTAssertEqual(value.span, at(1, 4, 1, 12))
  }

  func testStringConcatenationSpansAllPieces() {
    guard let expr = expression("('a'\n 'b' f'{c}')") else { return }
    XCTAssertEqual(expr.span, at(1, 1, 2, 11))
    XCTAssertEqual(
      expr.kind,
      .joinedString([
        .literal("ab"),
        .formatted(Expr(.name("c"), at(2, 8, 2, 9)), conversion: nil, formatSpec: nil),
      ]))
  }

  // MARK: - F-strings

  func testFStringParts() {
    guard let expr = expression("f'a{b!r:>{w}}c{{d}}'") else { return }
    let b = Expr(.name("b"), at(1, 4, 1, 5))
    let w = Expr(.name("w"), at(1, 10, 1, 11))
    XCTAssertEqual(
      expr.kind,
      .joinedString([
        .literal("a"),
        .formatted(
          b, conversion: "r",
          formatSpec: [.literal(">"), .formatted(w, conversion: nil, formatSpec: nil)]),
        .literal("c{d}"),
      ]))
  }

  func testFStringDebugDesugaring() {
    let x = Expr(.name("x"), at(1, 3, 1, 4))
    XCTAssertEqual(
      expression("f'{x=}'")?.kind,
      .joinedString([
        .literal("x="), .formatted(x, conversion: "r", formatSpec: nil),
      ]))
    XCTAssertEqual(
      expression("f'{x=:>4}'")?.kind,
      .joinedString([
        .literal("x="), .formatted(x, conversion: nil, formatSpec: [.literal(">4")]),
      ]))
    XCTAssertEqual(
      expression("f'{x=!s}'")?.kind,
      .joinedString([
        .literal("x="), .formatted(x, conversion: "s", formatSpec: nil),
      ]))
    let spaced = Expr(.name("x"), at(1, 4, 1, 5))
    XCTAssertEqual(
      expression("f'{ x = }'")?.kind,
      .joinedString([
        .literal(" x = "), .formatted(spaced, conversion: "r", formatSpec: nil),
      ]))
  }

  func testFStringEmptySpecAndEmptyString() {
    let x = Expr(.name("x"), at(1, 3, 1, 4))
    XCTAssertEqual(
      expression("f'{x:}'")?.kind,
      .joinedString([
        .formatted(x, conversion: nil, formatSpec: [])
      ]))
    XCTAssertEqual(expression("f''")?.kind, .joinedString([]))
    XCTAssertEqual(expression("'a' f''")?.kind, .joinedString([.literal("a")]))
  }

  func testFStringErrors() {
    XCTAssertEqual(error("f'{x'")?.message, "f-string: expecting '}'")
    XCTAssertEqual(error("f'}'")?.message, "f-string: single '}' is not allowed")
    XCTAssertEqual(error("f'{}'")?.message, "f-string: empty expression not allowed")
    XCTAssertEqual(
      error("f'{x\\n}'")?.message, "f-string expression part cannot include a backslash")
    XCTAssertEqual(error("f'{x#}'")?.message, "f-string expression part cannot include '#'")
    XCTAssertEqual(
      error("f'{x!z}'")?.message,
      "f-string: invalid conversion character: expected 's', 'r', or 'a'")
    XCTAssertEqual(
      error("f'{a b}'")?.message, "f-string: invalid syntax. Perhaps you forgot a comma?")
    XCTAssertEqual(error("f'{x:{y:{z}}}'")?.message, "f-string: expressions nested too deeply")
  }

  // MARK: - Statements

  func kind(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> StmtKind? {
    parse(source, file: file, line: line)?.body.first?.kind
  }

  func testAssignments() {
    guard case .assign(let targets, _) = kind("a = b = c, d = 1") else { return XCTFail() }
    XCTAssertEqual(targets.count, 3)
    guard case .augmentedAssign(_, .floorDivide, _) = kind("a //= 2") else { return XCTFail() }
    guard case .annotatedAssign(_, _, let value, let isSimple) = kind("x: int = 1") else {
      return XCTFail()
    }
    XCTAssertNotNil(value)
    XCTAssertTrue(isSimple)
    guard case .annotatedAssign(_, _, nil, false) = kind("(x): int") else { return XCTFail() }
    guard case .annotatedAssign(_, _, nil, false) = kind("a.b: int") else { return XCTFail() }
    guard case .assign(let starred, _) = kind("*a, b = c"),
      case .tuple(let elements) = starred[0].kind,
      case .starred = elements[0].kind
    else { return XCTFail() }
  }

  func testElifBecomesNestedIf() {
    guard case .if(_, _, let orElse) = kind("if a:\n  pass\nelif b:\n  pass\nelse:\n  x\n"),
      orElse.count == 1, case .if(_, _, let inner) = orElse[0].kind
    else { return XCTFail() }
    XCTAssertEqual(orElse[0].span, at(3, 0, 6, 3))
    XCTAssertEqual(inner.count, 1)
  }

  func testLoops() {
    guard
      case .for(let target, _, _, let orElse, false) = kind(
        "for a, b in c:\n  pass\nelse:\n  pass\n"),
      case .tuple = target.kind
    else { return XCTFail() }
    XCTAssertEqual(orElse.count, 1)
    guard case .while(_, let body, []) = kind("while x: a; b") else { return XCTFail() }
    XCTAssertEqual(body.count, 2)
    guard
      let module = parse("async def f():\n  async for x in y: pass\n  async with a as b: pass\n"),
      case .functionDef(let def) = module.body[0].kind, def.isAsync,
      case .for(_, _, _, _, true) = def.body[0].kind, case .with(_, _, true) = def.body[1].kind
    else { return XCTFail() }
  }

  func testWithItems() {
    guard case .with(let items, _, false) = kind("with a as b, c:\n  pass\n") else {
      return XCTFail()
    }
    XCTAssertEqual(items.count, 2)
    XCTAssertNotNil(items[0].target)
    XCTAssertNil(items[1].target)
    guard case .with(let parenthesized, _, _) = kind("with (a as b, c as d,):\n  pass\n") else {
      return XCTFail()
    }
    XCTAssertEqual(parenthesized.count, 2)
    guard case .with(let tuple, _, _) = kind("with (a, b) as c:\n  pass\n"),
      case .tuple = tuple[0].context.kind
    else { return XCTFail() }
  }

  func testFunctionDefinition() {
    let source = "@d1\n@d2.e(3)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n  return a\n"
    guard case .functionDef(let def) = kind(source) else { return XCTFail() }
    XCTAssertEqual(def.name, "f")
    XCTAssertEqual(def.decorators.count, 2)
    XCTAssertNotNil(def.returns)
    let p = def.parameters
    XCTAssertEqual(p.positionalOnly.map(\.name), ["a", "b"])
    XCTAssertEqual(p.positional.map(\.name), ["c"])
    XCTAssertEqual(p.defaults.count, 2)
    XCTAssertEqual(p.varArgs?.name, "args")
    XCTAssertEqual(p.keywordOnly.map(\.name), ["d", "e"])
    XCTAssertEqual(p.keywordDefaults.map { $0 == nil }, [true, false])
    XCTAssertEqual(p.varKeywords?.name, "kw")
    XCTAssertEqual(parse(source)?.body[0].span, at(3, 0, 4, 10), "a def starts at 'def'")
  }

  func testClassDefinition() {
    guard case .classDef(let def) = kind("class A(B, *C, metaclass=M, **kw):\n  x = 1\n") else {
      return XCTFail()
    }
    XCTAssertEqual(def.bases.count, 2)
    XCTAssertEqual(def.keywords.map(\.name), ["metaclass", nil])
  }

  func testTry() {
    let source = "try:\n  a\nexcept E as e:\n  b\nexcept:\n  c\nelse:\n  d\nfinally:\n  f\n"
    guard case .try(_, let handlers, let orElse, let finally, false) = kind(source) else {
      return XCTFail()
    }
    XCTAssertEqual(handlers.count, 2)
    XCTAssertEqual(handlers[0].name, "e")
    XCTAssertNil(handlers[1].type)
    XCTAssertEqual(handlers[0].span, at(3, 0, 4, 3), "a handler spans its body, as in CPython")
    XCTAssertEqual(orElse.count, 1)
    XCTAssertEqual(finally.count, 1)
    guard case .try(_, _, _, _, true) = kind("try:\n  a\nexcept* E:\n  b\n") else {
      return XCTFail()
    }
  }

  func testSimpleStatements() {
    guard
      let module = parse(
        "pass; break; continue\nreturn\nreturn 1, 2\ndel a, b[0]\nglobal x, y\nnonlocal z\n"
          + "raise\nraise E from F\nassert x, 'm'\nyield\nx = yield y\n")
    else { return }
    let kinds = module.body.map(\.kind)
    XCTAssertEqual(kinds[0], .pass)
    XCTAssertEqual(kinds[1], .break)
    XCTAssertEqual(kinds[2], .continue)
    XCTAssertEqual(kinds[3], .return(nil))
    guard case .delete(let targets) = kinds[5] else { return XCTFail() }
    XCTAssertEqual(targets.count, 2)
    XCTAssertEqual(kinds[6], .global(["x", "y"]))
    XCTAssertEqual(kinds[7], .nonlocal(["z"]))
    XCTAssertEqual(kinds[8], .raise(exception: nil, cause: nil))
    guard case .raise(.some, .some) = kinds[9], case .assert(_, .some) = kinds[10],
      case .expression(let yieldExpr) = kinds[11], case .yield(nil) = yieldExpr.kind
    else { return XCTFail() }
  }

  func testImports() {
    guard
      let module = parse("import a.b as c, d\nfrom ..e.f import (g as h, i,)\nfrom . import *\n")
    else { return }
    guard case .import(let aliases) = module.body[0].kind else { return XCTFail() }
    XCTAssertEqual(aliases.map(\.name), ["a.b", "d"])
    XCTAssertEqual(aliases[0].asName, "c")
    XCTAssertEqual(aliases[0].span, at(1, 7, 1, 15))
    guard case .importFrom("e.f", let names, 2) = module.body[1].kind else { return XCTFail() }
    XCTAssertEqual(names.map(\.name), ["g", "i"])
    guard case .importFrom(nil, let star, 1) = module.body[2].kind else { return XCTFail() }
    XCTAssertEqual(star.map(\.name), ["*"])
  }

  func testDocstringIsAnExpressionStatement() {
    guard case .functionDef(let def) = kind("def f():\n    \"\"\"Doc.\"\"\"\n    return 1\n"),
      case .expression(let doc) = def.body[0].kind
    else { return XCTFail() }
    XCTAssertEqual(doc.kind, .constant(.string("Doc.")))
  }

  // MARK: - Errors

  func testTargetErrors() {
    let cases: [(String, String)] = [
      ("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?"),
      ("1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?"),
      ("x = 1 = 2", "cannot assign to literal"),
      ("a + 1 = 2", "cannot assign to expression here. Maybe you meant '==' instead of '='?"),
      ("(a, b) += 1", "'tuple' is an illegal expression for augmented assignment"),
      ("del f()", "cannot delete function call"),
      ("del 1", "cannot delete literal"),
      ("for f() in x: pass", "cannot assign to function call"),
      ("(a, b): int", "only single target (not tuple) can be annotated"),
      ("a + 1: int", "illegal target for annotation"),
      ("with a as 1: pass", "cannot assign to literal"),
      ("True = 1", "cannot assign to True"),
      ("x = yield = 1", "assignment to yield expression not possible"),
    ]
    for (source, message) in cases {
      XCTAssertEqual(error(source)?.message, message, source)
    }
  }

  func testArgumentAndParameterErrors() {
    XCTAssertEqual(error("f(a=1, b)")?.message, "positional argument follows keyword argument")
    XCTAssertEqual(
      error("f(**a, b)")?.message, "positional argument follows keyword argument unpacking")
    XCTAssertEqual(
      error("f(**a, *b)")?.message, "iterable argument unpacking follows keyword argument unpacking"
    )
    XCTAssertEqual(
      error("f(x for x in y, 1)")?.message, "Generator expression must be parenthesized")
    XCTAssertEqual(
      error("def f(a=1, b): pass")?.message, "non-default argument follows default argument")
    XCTAssertEqual(error("def f(*): pass")?.message, "named arguments must follow bare *")
    XCTAssertEqual(
      error("def f(a, a): pass"), nil, "duplicate arguments are the compiler's to report")
  }

  func testBlockErrors() {
    let missing = error("x = 1\nif x:\npass\n")
    XCTAssertEqual(missing?.kind, .indentationError)
    XCTAssertEqual(missing?.message, "expected an indented block after 'if' statement on line 2")
    XCTAssertEqual(missing?.location, SourceLocation(line: 3, column: 0))
    XCTAssertEqual(error("if x\n  pass\n")?.message, "expected ':'")
    XCTAssertEqual(error("try:\n  pass\nx = 1\n")?.message, "expected 'except' or 'finally' block")
    XCTAssertEqual(error("x = 1\n  y = 2\n")?.message, "unexpected indent")
    XCTAssertEqual(
      error("print 'x'")?.message,
      "Missing parentheses in call to 'print'. Did you mean print(...)?")
    XCTAssertEqual(error("[1 2]")?.message, "invalid syntax. Perhaps you forgot a comma?")
  }

  func testCompilerErrorsAreNotParserErrors() {
    XCTAssertNil(error("return 1"))
    XCTAssertNil(error("await x"))
    XCTAssertNil(error("yield x"))
    XCTAssertNil(error("break"))
    XCTAssertNil(error("nonlocal x"))
    XCTAssertNil(error("*a = b"))
    XCTAssertNil(error("__debug__ = 1"))
  }

  func testUnexpectedEOFForTheREPL() {
    let incomplete = [
      "if x:\n", "def f():\n", "x = (1,\n", "x = '''abc\n", "x = \\\n",
      "class A:\n  def f(self):\n",
      "try:\n  pass\n", "f(\n", "match x:\n", "match x:\n    case 1:\n",
    ]
    for source in incomplete {
      XCTAssertEqual(error(source)?.isUnexpectedEOF, true, source)
    }
    let complete = ["x = 1 +\n", "if x\n", "x = 'abc\n", "x = (1,\ny = 2\nz = 3 4\n", "1 2\n"]
    for source in complete {
      XCTAssertEqual(error(source)?.isUnexpectedEOF, false, source)
    }
  }

  func testTokenizerErrorsLaterInTheFileWin() {
    // As in CPython, a tokenizer error anywhere is reported before a
    // parser error on an earlier line.
    let error = error("x = 1 2\ny = 'abc\n")
    XCTAssertEqual(error?.message, "unterminated string literal (detected at line 2)")
    // But not an unexpected indent.
    XCTAssertEqual(self.error("x = 1\n    y = 2\nz = 'abc\n")?.message, "unexpected indent")
  }

  // MARK: - match statements

  /// The patterns of a match statement's cases, as ASTDump renders them.
  func casePatterns(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
    guard let module = parse(source, file: file, line: line), let first = module.body.first,
      case .match(_, let cases) = first.kind
    else {
      XCTFail("not a match statement", file: file, line: line)
      return []
    }
    return cases.map { ASTDump.pattern($0.pattern) }
  }

  func testMatchPatternKinds() {
    let patterns = casePatterns(
      """
      match x:
          case 1 | -2 | "s" | None:
              pass
          case [a, *rest] | (a, b):
              pass
          case {"k": v, C.K: _, **more}:
              pass
          case Point(1, y=z) as p:
              pass
          case _:
              pass
      """)
    XCTAssertEqual(patterns.count, 5)
    XCTAssertEqual(
      patterns[0],
      "(MatchOr [(MatchValue (Constant int:1 @2:9-2:10))"
        + " (MatchValue (UnaryOp - (Constant int:2 @2:14-2:15) @2:13-2:15))"
        + " (MatchValue (Constant str:\"s\" @2:18-2:21)) (MatchSingleton none)])")
    XCTAssertEqual(
      patterns[1],
      "(MatchOr [(MatchSequence [(MatchAs - a) (MatchStar rest)]) (MatchSequence [(MatchAs - a) (MatchAs - b)])])")
    XCTAssertTrue(patterns[2].hasPrefix("(MatchMapping [(Constant str:\"k\""), patterns[2])
    XCTAssertTrue(patterns[2].hasSuffix("[(MatchAs - v) (MatchAs - -)] more)"), patterns[2])
    XCTAssertTrue(patterns[3].hasPrefix("(MatchAs (MatchClass (Name Point"), patterns[3])
    XCTAssertTrue(patterns[3].hasSuffix("[(MatchValue (Constant int:1 @8:15-8:16))] [y] [(MatchAs - z)]) p)"), patterns[3])
    XCTAssertEqual(patterns[4], "(MatchAs - -)")
  }

  func testMatchIsASoftKeyword() {
    // Lines starting with the name `match` that are not a match header
    // stay ordinary statements.
    for source in ["match = 1", "match(x)", "match[0] = case", "match.x, case = 1, 2", "print(match)"] {
      guard let module = parse(source), let first = module.body.first else { continue }
      if case .match = first.kind { XCTFail("parsed as a match statement: \(source)") }
    }
    // A tuple subject without parentheses, and a top-level open sequence.
    let patterns = casePatterns("match a, *b:\n    case x, *y:\n        pass\n")
    XCTAssertEqual(patterns, ["(MatchSequence [(MatchAs - x) (MatchStar y)])"])
  }

  func testMatchSyntaxErrors() {
    XCTAssertEqual(error("match x\n    case 1: pass\n")?.message, "expected ':'")
    XCTAssertEqual(error("match x:\n    case 1\n        pass\n")?.message, "expected ':'")
    XCTAssertEqual(
      error("match x:\ncase 1: pass\n")?.message,
      "expected an indented block after 'match' statement on line 1")
    XCTAssertEqual(
      error("match x:\n    case C(a=1, 2): pass\n")?.message,
      "positional patterns follow keyword patterns")
    XCTAssertEqual(
      error("match x:\n    case f\"{y}\": pass\n")?.message,
      "patterns may only match literals and attribute lookups")
    XCTAssertEqual(error("match x:\n    case 1 as 2: pass\n")?.message, "invalid pattern target")
    XCTAssertEqual(error("match x:\n    case 1 as _: pass\n")?.message, "cannot use '_' as a target")
  }
}
