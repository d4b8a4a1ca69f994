import CoroCompiler
import CoroSyntax
import Testing

/// Compile-time SyntaxErrors (raised by the symbol table and the code
/// generator, after parsing succeeded): CPython 3.11's message and position
/// for each. Positions are CPython's `lineno`, `offset - 1`, `end_lineno`,
/// `end_offset - 1` (Coro's columns are 0-based), taken from `compile()`
/// in CPython 3.11.7.
struct CompileErrorTests {
  struct ErrorCase: CustomTestStringConvertible, Sendable {
    let source: String
    let message: String
    let line: Int
    let column: Int
    let endLine: Int
    let endColumn: Int
    /// Set when Coro is known to differ from CPython here (a bug to fix in
    /// Sources, documented by the test).
    var knownIssue: String? = nil

    init(
      _ source: String, _ message: String, line: Int, column: Int, endLine: Int, endColumn: Int,
      knownIssue: String? = nil
    ) {
      self.source = source
      self.message = message
      self.line = line
      self.column = column
      self.endLine = endLine
      self.endColumn = endColumn
      self.knownIssue = knownIssue
    }

    var testDescription: String { message + " <- " + source.replacingOccurrences(of: "\n", with: "⏎") }
  }

  static let cases: [ErrorCase] = [
    ErrorCase("return 1", "'return' outside function",
      line: 1, column: 0, endLine: 1, endColumn: 8),
    ErrorCase("class C:\n    return 1", "'return' outside function",
      line: 2, column: 4, endLine: 2, endColumn: 12),
    ErrorCase("await x", "'await' outside function",
      line: 1, column: 0, endLine: 1, endColumn: 7),
    ErrorCase("def f():\n    await x", "'await' outside async function",
      line: 2, column: 4, endLine: 2, endColumn: 11),
    ErrorCase("def f():\n    [await x for x in y]", "asynchronous comprehension outside of an asynchronous function",
      line: 2, column: 4, endLine: 2, endColumn: 24),
    ErrorCase("async def f():\n    def g():\n        await x", "'await' outside async function",
      line: 3, column: 8, endLine: 3, endColumn: 15),
    ErrorCase("lambda: await x", "'await' outside async function",
      line: 1, column: 8, endLine: 1, endColumn: 15),
    ErrorCase("break", "'break' outside loop",
      line: 1, column: 0, endLine: 1, endColumn: 5),
    ErrorCase("continue", "'continue' not properly in loop",
      line: 1, column: 0, endLine: 1, endColumn: 8),
    ErrorCase("def f():\n    break", "'break' outside loop",
      line: 2, column: 4, endLine: 2, endColumn: 9),
    ErrorCase("while 1:\n    def f():\n        break", "'break' outside loop",
      line: 3, column: 8, endLine: 3, endColumn: 13),
    ErrorCase("for x in y:\n    class C:\n        continue", "'continue' not properly in loop",
      line: 3, column: 8, endLine: 3, endColumn: 16),
    ErrorCase("nonlocal x", "nonlocal declaration not allowed at module level",
      line: 1, column: 0, endLine: 1, endColumn: 10),
    ErrorCase("def f():\n    nonlocal x", "no binding for nonlocal 'x' found",
      line: 2, column: 4, endLine: 2, endColumn: 14),
    ErrorCase("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x", "name 'x' is assigned to before nonlocal declaration",
      line: 5, column: 8, endLine: 5, endColumn: 18),
    ErrorCase("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x", "name 'x' is used prior to nonlocal declaration",
      line: 5, column: 8, endLine: 5, endColumn: 18),
    ErrorCase("def f(x):\n    nonlocal x", "name 'x' is parameter and nonlocal",
      line: 2, column: 4, endLine: 2, endColumn: 14),
    ErrorCase("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x", "name 'x' is nonlocal and global",
      line: 4, column: 8, endLine: 4, endColumn: 16),
    ErrorCase("x = 1\ndef f():\n    global x\n    x = 2\n    def g():\n        nonlocal x", "no binding for nonlocal 'x' found",
      line: 6, column: 8, endLine: 6, endColumn: 18),
    ErrorCase("class C:\n    x = 1\n    def f(self):\n        nonlocal x", "no binding for nonlocal 'x' found",
      line: 4, column: 8, endLine: 4, endColumn: 18),
    ErrorCase("def f(a, a): pass", "duplicate argument 'a' in function definition",
      line: 1, column: 9, endLine: 1, endColumn: 10),
    ErrorCase("def f(a, *, a): pass", "duplicate argument 'a' in function definition",
      line: 1, column: 12, endLine: 1, endColumn: 13),
    ErrorCase("def f(a, **a): pass", "duplicate argument 'a' in function definition",
      line: 1, column: 11, endLine: 1, endColumn: 12),
    ErrorCase("lambda a, a: 1", "duplicate argument 'a' in function definition",
      line: 1, column: 10, endLine: 1, endColumn: 11),
    ErrorCase("f(x=1, x=2)", "keyword argument repeated: x",
      line: 1, column: 7, endLine: 1, endColumn: 10),
    ErrorCase("f(a, x=1, y=2, x=3)", "keyword argument repeated: x",
      line: 1, column: 15, endLine: 1, endColumn: 18),
    ErrorCase("class C(x=1, x=2): pass", "keyword argument repeated: x",
      line: 1, column: 13, endLine: 1, endColumn: 16),
    ErrorCase("def f():\n    yield 1\n    return 2\nasync def g():\n    yield 1\n    return 2", "'return' with value in async generator",
      line: 6, column: 4, endLine: 6, endColumn: 12),
    ErrorCase("async def g():\n    yield from x", "'yield from' inside async function",
      line: 2, column: 4, endLine: 2, endColumn: 16),
    ErrorCase("yield 1", "'yield' outside function",
      line: 1, column: 0, endLine: 1, endColumn: 7),
    ErrorCase("[(yield x) for x in y]", "'yield' inside list comprehension",
      line: 1, column: 2, endLine: 1, endColumn: 9),
    ErrorCase("def f():\n    global x\n    x: int = 1", "annotated name 'x' can't be global",
      line: 3, column: 4, endLine: 3, endColumn: 14),
    ErrorCase("def f():\n    x = 1\n    global x", "name 'x' is assigned to before global declaration",
      line: 3, column: 4, endLine: 3, endColumn: 12),
    ErrorCase("def f():\n    print(x)\n    global x", "name 'x' is used prior to global declaration",
      line: 3, column: 4, endLine: 3, endColumn: 12),
    ErrorCase("def f(x):\n    global x", "name 'x' is parameter and global",
      line: 2, column: 4, endLine: 2, endColumn: 12),
    ErrorCase("def f():\n    from m import *", "import * only allowed at module level",
      line: 2, column: 18, endLine: 2, endColumn: 19),
    ErrorCase("async for x in y: pass", "'async for' outside async function",
      line: 1, column: 0, endLine: 1, endColumn: 22),
    ErrorCase("def f():\n    async with x: pass", "'async with' outside async function",
      line: 2, column: 4, endLine: 2, endColumn: 22),
    ErrorCase("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass", "default 'except:' must be last",
      line: 3, column: 0, endLine: 4, endColumn: 8),
    // Which error wins: the symbol table's walk (targets before values,
    // annotations before values), then its analysis (nonlocal/global
    // conflicts and missing bindings, at the first declaration), then the
    // code generator ('yield' outside function, async outside async).
    ErrorCase("def f():\n    x = 1\n    print(x)\n    global x", "name 'x' is used prior to global declaration",
      line: 4, column: 4, endLine: 4, endColumn: 12),
    ErrorCase("def f():\n    x: int\n    global x", "annotated name 'x' can't be global",
      line: 3, column: 4, endLine: 3, endColumn: 12),
    ErrorCase("def f():\n    x += 1\n    global x", "name 'x' is assigned to before global declaration",
      line: 3, column: 4, endLine: 3, endColumn: 12),
    ErrorCase("def f():\n    global x\n    nonlocal x\n    [(yield) for y in z]", "'yield' inside list comprehension",
      line: 4, column: 6, endLine: 4, endColumn: 11),
    ErrorCase("nonlocal x\ndef g(a, a): pass", "duplicate argument 'a' in function definition",
      line: 2, column: 9, endLine: 2, endColumn: 10),
    ErrorCase("x = 1\nnonlocal x", "name 'x' is assigned to before nonlocal declaration",
      line: 2, column: 0, endLine: 2, endColumn: 10),
    ErrorCase("yield 1\nnonlocal x", "nonlocal declaration not allowed at module level",
      line: 2, column: 0, endLine: 2, endColumn: 10),
    ErrorCase("def f():\n    [x async for x in y]\n    nonlocal q", "no binding for nonlocal 'q' found",
      line: 3, column: 4, endLine: 3, endColumn: 14),
    ErrorCase("def f():\n    nonlocal x, y", "no binding for nonlocal 'x' found",
      line: 2, column: 4, endLine: 2, endColumn: 17),
    ErrorCase("def f():\n    global x\n    if 1:\n        nonlocal x", "name 'x' is nonlocal and global",
      line: 2, column: 4, endLine: 2, endColumn: 12),
    ErrorCase("class A:\n    def f(self):\n        nonlocal __x", "no binding for nonlocal '_A__x' found",
      line: 3, column: 8, endLine: 3, endColumn: 20),
    ErrorCase("def f():\n    import x\n    nonlocal x", "no binding for nonlocal 'x' found",
      line: 3, column: 4, endLine: 3, endColumn: 14),
    ErrorCase("def f():\n    y: [(a := 1) for a in b] = [(yield) for q in z]", "assignment expression cannot rebind comprehension iteration variable 'a'",
      line: 2, column: 9, endLine: 2, endColumn: 10),
    ErrorCase("def f():\n    x[[(yield) for q in z]] = [(a := 1) for a in b]", "'yield' inside list comprehension",
      line: 2, column: 8, endLine: 2, endColumn: 13),
    ErrorCase("class C:\n    from m import *", "import * only allowed at module level",
      line: 2, column: 18, endLine: 2, endColumn: 19),
    ErrorCase("match x:\n    case y:\n        pass\n    case 1:\n        pass",
      "name capture 'y' makes remaining patterns unreachable", line: 2, column: 9, endLine: 2, endColumn: 10),
    ErrorCase("match x:\n    case _:\n        pass\n    case 1:\n        pass",
      "wildcard makes remaining patterns unreachable", line: 2, column: 9, endLine: 2, endColumn: 10),
    ErrorCase("match x:\n    case [a, a]:\n        pass",
      "multiple assignments to name 'a' in pattern", line: 2, column: 13, endLine: 2, endColumn: 14),
    ErrorCase("match x:\n    case (a, 1) | (b, 2):\n        pass",
      "alternative patterns bind different names", line: 2, column: 22, endLine: 2, endColumn: 23),
    ErrorCase("match x:\n    case {'k': 1, 'k': 2}:\n        pass",
      "mapping pattern checks duplicate key ('k')", line: 2, column: 9, endLine: 2, endColumn: 25),
    ErrorCase("match x:\n    case [*a, *b]:\n        pass",
      "multiple starred names in sequence pattern", line: 2, column: 9, endLine: 2, endColumn: 17),
    ErrorCase("match x:\n    case C(a=1, a=2):\n        pass",
      "attribute name repeated in class pattern: a", line: 2, column: 18, endLine: 2, endColumn: 19),
  ]

  @Test("compile-time SyntaxError has CPython's message", arguments: cases)
  func message(_ c: ErrorCase) throws {
    let error = try #require(Self.error(c.source), "compiled without error: \(c.source)")
    #expect(error.kind == .syntaxError)
    #expect(error.message == c.message)
  }

  @Test("compile-time SyntaxError is at CPython's position", arguments: cases)
  func position(_ c: ErrorCase) throws {
    let error = try #require(Self.error(c.source), "compiled without error: \(c.source)")
    let expected = "\(c.line):\(c.column)-\(c.endLine):\(c.endColumn)"
    let actual = "\(error.location.line):\(error.location.column)-\(error.endLocation.line):\(error.endLocation.column)"
    if let reason = c.knownIssue {
      withKnownIssue(Comment(rawValue: reason)) {
        #expect(actual == expected)
      }
    } else {
      #expect(actual == expected)
    }
  }

  static func error(_ source: String) -> SyntaxError? {
    if case .failure(let error) = compileOutcome(source) { return error }
    return nil
  }
}
