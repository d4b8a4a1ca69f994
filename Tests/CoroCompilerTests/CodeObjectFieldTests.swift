import CoroCompiler
import Testing

/// Assertions on the fields of compiled code objects: which names get
/// slots, which become cells or free variables, and the flags that tell
/// the runtime what calling the code makes.
struct CodeObjectFieldTests {
  func compile(_ source: String) throws -> CodeObject {
    try compileSource(source, filename: "<fields>")
  }

  func code(_ source: String, _ name: String) throws -> CodeObject {
    try #require(try compile(source).find(name), "no code object \(name)")
  }

  @Test("parameters come first in the slots: positional, keyword-only, *args, **kwargs")
  func parameterSlots() throws {
    let f = try code("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    local = a\n", "f")
    #expect(f.localNames == ["a", "b", "c", "d", "e", "args", "kw", "local"])
    #expect(f.argCount == 3)
    #expect(f.positionalOnlyCount == 2)
    #expect(f.keywordOnlyCount == 2)
    #expect(f.parameterCount == 7)
    #expect(f.flags.contains(.varArgs))
    #expect(f.flags.contains(.varKeywords))
    #expect(f.cellNames.isEmpty && f.freeNames.isEmpty)
  }

  @Test("module names are globals, not slots; function names are slots unless declared global")
  func globalsAndLocals() throws {
    let module = try compile("x = 1\ndef f():\n    global x\n    x = 2\n    y = 3\n    return len\n")
    #expect(module.localNames.isEmpty)
    #expect(module.names.contains("x") && module.names.contains("f"))
    let f = try #require(module.find("f"))
    #expect(f.localNames == ["y"])
    #expect(f.names.contains("x") && f.names.contains("len"))
    #expect(!f.names.contains("y"))
  }

  @Test("a captured variable is a cell of its owner and a free variable of the inner function")
  func cellsAndFreeVariables() throws {
    let source = """
      def outer(a, unused):
          b = 2
          def inner():
              nonlocal b
              b += a
              return b
          return inner
      """
    let outer = try code(source, "outer")
    let inner = try code(source, "outer.<locals>.inner")
    #expect(Set(outer.cellNames) == ["a", "b"])
    #expect(outer.freeNames.isEmpty)
    #expect(Set(inner.freeNames) == ["a", "b"])
    #expect(inner.cellNames.isEmpty)
    // The parameter `a` keeps its slot for argument binding and starts its
    // cell from it; `unused` stays a plain slot.
    #expect(outer.localNames.prefix(2) == ["a", "unused"])
    let aCell = try #require(outer.cellNames.firstIndex(of: "a"))
    #expect(outer.cellParameters.contains { $0.cell == aCell && $0.slot == 0 })
    #expect(!outer.cellParameters.contains { $0.slot == 1 })
    #expect(!inner.localNames.contains("b"))
  }

  @Test("cells in CPython's order: captured parameters in parameter order, then the rest by name; free variables by name")
  func cellAndFreeOrder() throws {
    let source = """
      def outer(b, a, *z, **y):
          d = 1
          c = 2
          B = 3
          _x = 4
          def inner():
              return a, b, c, d, z, y, B, _x
          return inner
      """
    // CPython 3.11.7: co_cellvars and co_freevars of the same functions.
    #expect(try code(source, "outer").cellNames == ["b", "a", "z", "y", "B", "_x", "c", "d"])
    #expect(try code(source, "outer.<locals>.inner").freeNames == ["B", "_x", "a", "b", "c", "d", "y", "z"])
  }

  @Test("an import binds a name that a later global declaration may still claim")
  func importThenGlobal() throws {
    let f = try code("def f():\n    import x\n    global x\n    return x\n", "f")
    #expect(f.names == ["x"])
    #expect(f.localNames.isEmpty)
  }

  @Test("a function's variable annotations are analysed though never evaluated, as in CPython 3.11")
  func functionAnnotationsAreAnalysed() throws {
    // The annotation's `yield` makes f a generator; g's annotation uses
    // the enclosing `a`, which becomes a cell.
    #expect(try code("def f():\n    x: (yield) = 1\n", "f").flags.contains(.generator))
    let source = "def f():\n    def g(): x: a = 1\n    a = 1\n    return g\n"
    #expect(try code(source, "f").cellNames == ["a"])
    #expect(try code(source, "f.<locals>.g").freeNames == ["a"])
  }

  @Test("a class that binds a name its methods capture from the enclosing function passes the cell through")
  func classPassThroughMakesCell() throws {
    let source = """
      def f():
          x = 1
          class C:
              x = 2
              def g(self):
                  return x
          return C
      """
    // CPython 3.11.7: f.co_cellvars == ('x',), C's and g's co_freevars == ('x',).
    #expect(try code(source, "f").cellNames == ["x"])
    #expect(try code(source, "f.<locals>.C").freeNames == ["x"])
    #expect(try code(source, "f.<locals>.C.g").freeNames == ["x"])
  }

  @Test("a variable captured through a middle function is passed through as its free variable")
  func passThroughFreeVariable() throws {
    let source = """
      def outer():
          x = 1
          def middle():
              def inner():
                  return x
              return inner
          return middle
      """
    #expect(try code(source, "outer").cellNames == ["x"])
    #expect(try code(source, "outer.<locals>.middle").freeNames == ["x"])
    #expect(try code(source, "outer.<locals>.middle").cellNames.isEmpty)
    #expect(try code(source, "outer.<locals>.middle.<locals>.inner").freeNames == ["x"])
  }

  @Test("a class body whose methods use super() gets the __class__ cell")
  func classCell() throws {
    let source = """
      class A(B):
          def f(self):
              return super().f()
          def g(self):
              return 1
      """
    let body = try code(source, "A")
    #expect(body.kind == .classBody)
    #expect(body.cellNames == ["__class__"])
    #expect(try code(source, "A.f").freeNames == ["__class__"])
    #expect(try code(source, "A.g").freeNames.isEmpty)
    let plain = try code("class P:\n    def f(self):\n        return 1\n", "P")
    #expect(plain.cellNames.isEmpty)
  }

  @Test("a comprehension is its own function with the outermost iterator as parameter .0")
  func comprehensionAsFunction() throws {
    let source = "def f(xs, k):\n    return [x + k for x in xs]\n"
    let comp = try code(source, "f.<locals>.<listcomp>")
    #expect(comp.kind == .comprehension)
    #expect(comp.argCount == 1)
    #expect(comp.localNames.first == ".0")
    #expect(comp.localNames.contains("x"))
    #expect(comp.freeNames == ["k"])
    #expect(try code(source, "f").cellNames == ["k"])
    let genexpr = try code("g = (y for y in range(3))\n", "<genexpr>")
    #expect(genexpr.kind == .generatorExpression)
    #expect(genexpr.flags.contains(.generator))
  }

  @Test("generator, coroutine and async generator flags")
  func kindFlags() throws {
    let source = """
      def plain(): return 1
      def gen(): yield 1
      async def coro(): await x
      async def agen(): yield 1
      async def no_await(): return 1
      def gen_in_dead_code():
          return 1
          yield
      lam = lambda: (yield)
      """
    let kinds: [(String, CodeFlags?)] = [
      ("plain", nil), ("gen", .generator), ("coro", .coroutine), ("agen", .asyncGenerator),
      ("no_await", .coroutine), ("gen_in_dead_code", .generator), ("<lambda>", .generator),
    ]
    let generatorKinds: [CodeFlags] = [.generator, .coroutine, .asyncGenerator]
    for (name, expected) in kinds {
      let c = try code(source, name)
      for flag in generatorKinds {
        #expect(c.flags.contains(flag) == (expected == flag), "\(name): flags \(CodeSummary.flagNames(c.flags))")
      }
    }
  }

  @Test("top-level await only compiles as a coroutine module when allowed")
  func topLevelAwait() throws {
    let options = CompileOptions(interactive: true, allowTopLevelAwait: true)
    let code = try compileSource("await x\n", filename: "<stdin>", options: options)
    #expect(code.flags.contains(.topLevelAwait))
    let plain = try compileSource("x\n", filename: "<stdin>", options: options)
    #expect(!plain.flags.contains(.topLevelAwait))
  }

  @Test("qualified names and first lines")
  func names() throws {
    let source = """
      class A:
          def m(self):
              def local():
                  pass
              return lambda: 0

      @decorator
      def decorated():
          pass
      """
    let module = try compile(source)
    let names = module.allCodeObjects.map(\.qualifiedName)
    #expect(names == ["<module>", "A", "A.m", "A.m.<locals>.local", "A.m.<locals>.<lambda>", "decorated"])
    // As in CPython 3.11, a decorated function's first line is the decorator's.
    #expect(module.find("decorated")?.firstLine == 7)
    #expect(module.find("A.m")?.firstLine == 2)
  }

  @Test("the docstring is recorded and not left as a statement")
  func docstrings() throws {
    let f = try code("def f():\n    \"\"\"Doc.\"\"\"\n    return 1\n", "f")
    #expect(f.docstring == "Doc.")
    #expect(try code("def g():\n    return 1\n", "g").docstring == nil)
  }

  @Test("every jump target and handler lies inside the code; spans cover every instruction")
  func wellFormed() throws {
    let source = """
      async def f(xs):
          for x in xs:
              try:
                  with x as y:
                      await y
              except ValueError:
                  continue
              finally:
                  break
          return [a async for a in xs]
      """
    for c in try compile(source).allCodeObjects {
      #expect(c.spans.count == c.instructions.count, "\(c.qualifiedName)")
      for e in c.exceptionTable {
        #expect(e.start >= 0 && e.start < e.end && e.end <= c.instructions.count, "\(c.qualifiedName) \(e)")
        #expect(e.target >= 0 && e.target < c.instructions.count, "\(c.qualifiedName) \(e)")
        #expect(e.depth >= 0 && e.depth <= c.stackSize, "\(c.qualifiedName) \(e)")
      }
      for (i, ins) in c.instructions.enumerated() where ins.opcode.hasJumpTarget {
        #expect(ins.arg < c.instructions.count, "\(c.qualifiedName) jump at \(i) to \(ins.arg)")
      }
    }
  }
}
