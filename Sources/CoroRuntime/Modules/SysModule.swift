/// `sys`: argv, exit, stdout/stderr, the recursion limit, version info.
enum SysModule {
  /// `sys.version_info`, CPython's struct sequence of that name.
  /// `sys.hash_info`: the parameters of numeric hashing (decimal and
  /// fractions hash consistently with int and float through them).
  static let hashInfoType = PyStructSequence.makeType(
    name: "hash_info", module: "sys",
    fields: ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"])

  static let versionInfoType = PyStructSequence.makeType(
    name: "version_info", module: "sys", fields: ["major", "minor", "micro", "releaselevel", "serial"])

  static func make(_ vm: VM) throws(PyException) -> PyModule {
    let interpreter = vm.interpreter
    let m = ModuleRegistry.module("sys", [
      ("exit", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("exit", 0, 1)
        throw PyException(type: BuiltinTypes.systemExit, args: a)
      }),
      ("getrecursionlimit", { (vm: VM, args: Args) throws(PyException) -> Value in
        try args.none("getrecursionlimit")
        return .int(vm.recursionLimit)
      }),
      ("setrecursionlimit", { (vm: VM, args: Args) throws(PyException) -> Value in
        let n = try vm.intArgument(try args.one("setrecursionlimit"))
        if n < 1 { throw PyException.valueError("recursion limit must be greater or equal than 1") }
        vm.recursionLimit = n
        return .none
      }),
      ("exc_info", { (vm: VM, args: Args) throws(PyException) -> Value in
        guard let e = vm.currentHandledException else { return .tuple([.none, .none, .none]) }
        return .tuple([.object(e.type), .object(e), e.traceback.isEmpty ? .none : .object(PyTracebackObject(e.traceback))])
      }),
      ("exception", { (vm: VM, args: Args) throws(PyException) -> Value in
        vm.currentHandledException.map { .object($0) } ?? .none
      }),
      ("intern", { (vm: VM, args: Args) throws(PyException) -> Value in
        let v = try args.one("intern")
        guard let s = v.asStr else { throw PyException.typeError("intern() argument must be str, not \(v.typeName)") }
        return .object(PyStr.intern(s.value))
      }),
    ])
    let d = m.dict
    d.setString("argv", .list(interpreter.options.arguments.map { .str($0) }))
    d.setString("stdout", .object(PyTextStream(interpreter.stdout, name: "<stdout>")))
    d.setString("stderr", .object(PyTextStream(interpreter.stderr, name: "<stderr>")))
    d.setString("maxsize", .int(Int.max))
    d.setString("platform", .str("linux"))
    d.setString("version", .str("3.11.7 (Coro)"))
    d.setString("version_info", .object(PyStructSequence(
      type: versionInfoType, values: [.int(3), .int(11), .int(7), .str("final"), .int(0)])))
    d.setString("hash_info", .object(PyStructSequence(
      type: hashInfoType,
      values: [.int(64), .int(2_305_843_009_213_693_951), .int(314_159), .int(0), .int(1_000_003),
               .str("siphash13"), .int(64), .int(128), .int(0)])))
    d.setString("byteorder", .str("little"))
    d.setString("path", .list(ImportPaths.defaultPath(interpreter).map { .str($0) }))
    d.setString("modules", .object(interpreter.modules.dict))
    d.setString("stdin", .object(StandardStreams.stdin()))
    d.setString("__stdout__", d.getString("stdout") ?? .none)
    d.setString("__stderr__", d.getString("stderr") ?? .none)
    d.setString("__stdin__", d.getString("stdin") ?? .none)
    d.setString("builtin_module_names", .tuple(ModuleRegistry.builtinNames.sorted().map { .str($0) }))
    d.setString("executable", .str("coro"))
    return m
  }
}
