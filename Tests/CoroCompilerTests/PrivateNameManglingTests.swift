import CoroCompiler
import Testing

/// Private name mangling (CPython's `_Py_Mangle`): inside class `C`, a name
/// `__x` that does not end in two underscores is written `_C__x`, for
/// variables, attributes, parameters, nested functions and imports, in the
/// class body and in every function and class nested in it. The expected
/// `co_names`, `co_varnames`, `co_cellvars` and `co_freevars` are CPython
/// 3.11.7's for the same source.
struct PrivateNameManglingTests {
  static let source = """
    class C:
        __a = 1
        __b__ = 2
        def __m(self, __p, q=__a, *__args, __kw=None, **__kwargs):
            __local = __p
            self.__attr = __local
            self.__dunder__ = q
            def __inner():
                return __local, __g
            return __inner, __hidden, other.__z, __kw
        def method(self):
            global __glob
            __glob = self.__m
            return [__i for __i in __a]
        class __D:
            __n = 1
    class _:
        __x = 1
    class __:
        __y = 2
    class _E:
        __w = 3
    class __F__:
        __v = (4).__v
    """

  func code(_ qualifiedName: String) throws -> CodeObject {
    let module = try compileSource(Self.source, filename: "<mangling>")
    if qualifiedName == "<module>" { return module }
    return try #require(module.find(qualifiedName), "no code object \(qualifiedName)")
  }

  @Test("class body: private names mangled, dunders and the class's own name kept")
  func classBody() throws {
    let module = try code("<module>")
    #expect(module.names == ["C", "_", "__", "_E", "__F__"])
    let c = try code("C")
    #expect(c.names == ["__name__", "__module__", "__qualname__", "_C__a", "__b__", "_C__m", "method", "_C__D"])
  }

  @Test("a method: parameters, locals, attributes, cells and nested functions are mangled")
  func method() throws {
    let m = try code("C.__m")
    #expect(m.name == "__m")
    #expect(m.localNames == ["self", "_C__p", "q", "_C__kw", "_C__args", "_C__kwargs", "_C__inner"])
    #expect(m.names == ["_C__attr", "__dunder__", "_C__hidden", "other", "_C__z"])
    #expect(m.cellNames == ["_C__local"])
    let inner = try code("C.__m.<locals>.__inner")
    #expect(inner.freeNames == ["_C__local"])
    #expect(inner.names == ["_C__g"])
  }

  @Test("globals, attributes and comprehension variables in a method are mangled")
  func globalsAndComprehensions() throws {
    let method = try code("C.method")
    #expect(method.names == ["_C__m", "_C__glob", "_C__a"])
    #expect(method.localNames == ["self"])
    let comprehension = try code("C.method.<locals>.<listcomp>")
    #expect(comprehension.localNames == [".0", "_C__i"])
    #expect(comprehension.names.isEmpty)
  }

  @Test("a nested class mangles with its own name")
  func nestedClass() throws {
    #expect(try code("C.__D").names == ["__name__", "__module__", "__qualname__", "_D__n"])
  }

  @Test("class names: only underscores never mangle; leading underscores are stripped")
  func classNames() throws {
    #expect(try code("_").names.last == "__x")
    #expect(try code("__").names.last == "__y")
    #expect(try code("_E").names.last == "_E__w")
    #expect(try code("__F__").names.last == "_F____v")
  }
}
