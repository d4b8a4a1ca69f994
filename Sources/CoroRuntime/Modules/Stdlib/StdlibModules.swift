// Factories of the standard modules written in Python (preludes) that need
// at most a small native helper: copy, statistics.

enum StdlibModules {
  static func copy(_ vm: VM) throws(PyException) -> PyModule {
    try PreludeModule.make(vm, name: "copy", source: CopyPrelude.source, natives: [isBuiltinType])
  }

  static func statistics(_ vm: VM) throws(PyException) -> PyModule {
    try PreludeModule.make(vm, name: "statistics", source: StatisticsPrelude.source)
  }

  /// `_is_builtin_type(cls)`: True for types made in Swift (whose instances
  /// have no Python-visible state to copy), False for classes of Python code.
  static let isBuiltinType: (String, PyBuiltinFunction.Function) = ("_is_builtin_type", {
    (vm: VM, args: Args) throws(PyException) -> Value in
    guard let t = try args.one("_is_builtin_type").as(PyType.self) else { return .bool(false) }
    return .bool(t.isBuiltin)
  })
}
