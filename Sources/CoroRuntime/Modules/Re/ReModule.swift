/// The `re` module: functions that compile (with a cache) and run a
/// pattern, `escape`, the Pattern/Match/error types, and the flags, which
/// are `RegexFlag` ints defined by a short Python prelude.
enum ReModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    let m = try PreludeModule.make(vm, name: "re", source: ReFlagsPrelude.source, natives: functions)
    m.dict.setString("Pattern", .object(ReTypes.pattern))
    m.dict.setString("Match", .object(ReTypes.match))
    m.dict.setString("error", .object(ReErrorType.type))
    return m
  }

  private static let functions: [(String, PyBuiltinFunction.Function)] = [
    ("compile", { (vm: VM, args: Args) throws(PyException) -> Value in
      let b = try bind("compile", ["pattern", "flags"], required: 1, args)
      return .object(try pattern(vm, b[0], b[1]))
    }),
    ("match", { (vm: VM, args: Args) throws(PyException) -> Value in try run(vm, "match", .match, args) }),
    ("fullmatch", { (vm: VM, args: Args) throws(PyException) -> Value in
      try run(vm, "fullmatch", .fullMatch, args)
    }),
    ("search", { (vm: VM, args: Args) throws(PyException) -> Value in try run(vm, "search", .search, args) }),
    ("findall", { (vm: VM, args: Args) throws(PyException) -> Value in
      let b = try bind("findall", ["pattern", "string", "flags"], required: 2, args)
      return try pattern(vm, b[0], b[2]).findall(vm, b[1] ?? .none, pos: 0, endpos: Int.max)
    }),
    ("finditer", { (vm: VM, args: Args) throws(PyException) -> Value in
      let b = try bind("finditer", ["pattern", "string", "flags"], required: 2, args)
      return try pattern(vm, b[0], b[2]).finditer(vm, b[1] ?? .none, pos: 0, endpos: Int.max)
    }),
    ("sub", { (vm: VM, args: Args) throws(PyException) -> Value in try substitute(vm, "sub", args).0 }),
    ("subn", { (vm: VM, args: Args) throws(PyException) -> Value in
      let (text, n) = try substitute(vm, "subn", args)
      return .tuple([text, .int(n)])
    }),
    ("split", { (vm: VM, args: Args) throws(PyException) -> Value in
      let b = try bind("split", ["pattern", "string", "maxsplit", "flags"], required: 2, args)
      let maxsplit = try b[2].map { (v: Value) throws(PyException) -> Int in try vm.intArgument(v) } ?? 0
      return try pattern(vm, b[0], b[3]).split(vm, b[1] ?? .none, maxsplit: maxsplit)
    }),
    ("escape", { (vm: VM, args: Args) throws(PyException) -> Value in
      let b = try bind("escape", ["pattern"], required: 1, args)
      return try escape(b[0] ?? .none)
    }),
    ("purge", { (vm: VM, args: Args) throws(PyException) -> Value in
      _ = try bind("purge", [], required: 0, args)
      PyRePattern.purgeCache()
      return .none
    }),
  ]

  /// match, fullmatch and search: `(pattern, string, flags=0)`.
  private static func run(
    _ vm: VM, _ name: String, _ kind: PyRePattern.RunKind, _ args: Args
  ) throws(PyException) -> Value {
    let b = try bind(name, ["pattern", "string", "flags"], required: 2, args)
    return try pattern(vm, b[0], b[2]).run(vm, kind, b[1] ?? .none)
  }

  /// sub and subn: `(pattern, repl, string, count=0, flags=0)`.
  private static func substitute(_ vm: VM, _ name: String, _ args: Args) throws(PyException) -> (Value, Int) {
    let b = try bind(name, ["pattern", "repl", "string", "count", "flags"], required: 3, args)
    let p = try pattern(vm, b[0], b[4])
    let count = try b[3].map { (v: Value) throws(PyException) -> Int in try vm.intArgument(v) } ?? 0
    return try p.substitute(vm, b[1] ?? .none, b[2] ?? .none, count: count)
  }

  /// The compiled pattern for a `pattern` and `flags` argument.
  private static func pattern(_ vm: VM, _ pattern: Value?, _ flags: Value?) throws(PyException) -> PyRePattern {
    let pattern = pattern ?? .none
    let flags = flags ?? .int(0)
    if pattern.as(PyRePattern.self) != nil {
      return try PyRePattern.compile(pattern, flags: vm.isTrue(flags) ? 1 : 0)
    }
    guard ReSubject.units(of: pattern) != nil else {
      throw PyException.typeError("first argument must be string or compiled pattern")
    }
    return try PyRePattern.compile(pattern, flags: try flagValue(flags))
  }

  /// A flags argument: an int or a RegexFlag.
  private static func flagValue(_ v: Value) throws(PyException) -> Int {
    switch v.unboxedNumber {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default:
      throw PyException.typeError(
        "unsupported operand type(s) for &: '\(v.typeName)' and 'RegexFlag'")
    }
  }

  /// `re.escape`: a backslash before every character that is special in
  /// patterns.
  private static func escape(_ v: Value) throws(PyException) -> Value {
    guard let units = ReSubject.units(of: v) else {
      throw PyException.typeError("decoding to str: need a bytes-like object, \(v.typeName) found")
    }
    let special = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}".unicodeScalars.map { $0.value })
    var out: [UInt32] = []
    out.reserveCapacity(units.count)
    for u in units {
      if special.contains(u) { out.append(0x5C) }
      out.append(u)
    }
    return ReSubject.make(out, bytes: v.asStr == nil)
  }

  /// Binds arguments as a Python function `def name(params...)` whose
  /// first `required` parameters have no default, with its error messages.
  static func bind(
    _ name: String, _ params: [String], required: Int, _ args: Args
  ) throws(PyException) -> [Value?] {
    let n = args.count
    if n > params.count {
      let takes =
        required == params.count
        ? "\(required) positional argument\(required == 1 ? "" : "s")"
        : "from \(required) to \(params.count) positional arguments"
      throw PyException.typeError(
        "\(name)() takes \(takes) but \(n) \(n == 1 ? "was" : "were") given")
    }
    var result = [Value?](repeating: nil, count: params.count)
    for i in 0..<n { result[i] = args[i] }
    for (key, value) in args.keywords {
      guard let i = params.firstIndex(of: key) else {
        throw PyException.typeError("\(name)() got an unexpected keyword argument '\(key)'")
      }
      if result[i] != nil {
        throw PyException.typeError("\(name)() got multiple values for argument '\(key)'")
      }
      result[i] = value
    }
    let missing = (0..<required).filter { result[$0] == nil }.map { "'\(params[$0])'" }
    if !missing.isEmpty {
      var list = missing.last ?? ""
      if missing.count == 2 {
        list = missing[0] + " and " + list
      } else if missing.count > 2 {
        list = missing.dropLast().joined(separator: ", ") + ", and " + list
      }
      throw PyException.typeError(
        "\(name)() missing \(missing.count) required positional argument"
          + "\(missing.count == 1 ? "" : "s"): \(list)")
    }
    return result
  }
}
