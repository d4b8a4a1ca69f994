// Factories of the standard modules written in Python (preludes) that need
// at most a small native helper: copy, statistics, and the modules listed in
// `pythonModules`.

enum StdlibModules {
  static func copy(_ vm: VM) throws(PyException) -> PyModule {
    try PreludeModule.make(vm, name: "copy", source: CopyPrelude.source, natives: [isBuiltinType])
  }

  static func statistics(_ vm: VM) throws(PyException) -> PyModule {
    try PreludeModule.make(vm, name: "statistics", source: StatisticsPrelude.source)
  }

  static func traceback(_ vm: VM) throws(PyException) -> PyModule {
    try PreludeModule.make(vm, name: "traceback", source: TracebackPrelude.source, natives: [formatException])
  }

  /// `_format_exception(exc)`: the text of the traceback Coro prints for an
  /// uncaught `exc`.
  static let formatException: (String, PyBuiltinFunction.Function) = ("_format_exception", {
    (vm: VM, args: Args) throws(PyException) -> Value in
    guard let e = try args.one("_format_exception").as(PyException.self) else {
      throw PyException.typeError("_format_exception() argument must be an exception")
    }
    return .str(TracebackPrinter(vm: vm).format(e))
  })

  /// Modules that are Python source alone: CPython's own pure-Python modules
  /// (the `+Generated` files, see scripts/gen-stdlib-preludes) and Coro's
  /// Python versions of modules CPython writes in C.
  static let pythonModules: [(name: String, source: String)] = [
    ("abc", AbcPrelude.source),
    ("contextvars", ContextvarsPrelude.source),
    ("_collections_abc", CollectionsAbcPrelude.source),
    ("collections.abc", collectionsAbcSource),
    ("typing", TypingPrelude.source),
    ("enum", EnumPrelude.source),
    ("logging", LoggingPrelude.source),
    ("dataclasses", DataclassesPrelude.source),
    ("textwrap", TextwrapPrelude.source),
    ("__future__", FuturePrelude.source),
    ("json", JSONPrelude.source),
    ("queue", QueuePrelude.source),
    ("datetime", DatetimePrelude.source),
    ("_strptime", StrptimePrelude.source),
    ("numbers", NumbersPrelude.source),
    ("fractions", FractionsPrelude.source),
    ("decimal", DecimalPrelude.source),
  ]

  /// CPython's Lib/collections/abc.py.
  private static let collectionsAbcSource = """
    from _collections_abc import *
    from _collections_abc import __all__
    from _collections_abc import _CallableGenericAlias
    """

  /// The source of `name` if it is one of `pythonModules`.
  static func pythonSource(_ name: String) -> String? {
    pythonModules.first { $0.name == name }?.source
  }

  /// `_is_builtin_type(cls)`: True for types made in Swift (whose instances
  /// have no Python-visible state to copy), False for classes of Python code.
  static let isBuiltinType: (String, PyBuiltinFunction.Function) = ("_is_builtin_type", {
    (vm: VM, args: Args) throws(PyException) -> Value in
    guard let t = try args.one("_is_builtin_type").as(PyType.self) else { return .bool(false) }
    return .bool(t.isBuiltin)
  })
}
