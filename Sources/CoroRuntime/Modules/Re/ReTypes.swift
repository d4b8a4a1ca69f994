/// The Python types of `re`: Pattern, Match, and finditer's iterator.
enum ReTypes {
  static let pattern: PyType = {
    let t = PyType(builtin: "Pattern", base: BuiltinTypes.object, module: "re")
    installPattern(t)
    return t
  }()

  static let match: PyType = {
    let t = PyType(builtin: "Match", base: BuiltinTypes.object, module: "re")
    installMatch(t)
    return t
  }()

  static let callableIterator = PyType(builtin: "callable_iterator", base: BuiltinTypes.object)

  private static func receiver(_ v: Value) throws(PyException) -> PyRePattern {
    guard let p = v.as(PyRePattern.self) else {
      throw PyException.typeError("descriptor requires a 're.Pattern' object")
    }
    return p
  }

  /// `pos`/`endpos` arguments: ints, with sys.maxsize by default.
  private static func bounds(_ vm: VM, _ b: [Value?], _ i: Int) throws(PyException) -> (Int, Int) {
    let pos = try b[i].map { (v: Value) throws(PyException) -> Int in try vm.intArgument(v) } ?? 0
    let end = try b[i + 1].map { (v: Value) throws(PyException) -> Int in try vm.intArgument(v) }
    return (pos, end ?? Int.max)
  }

  private static func installPattern(_ t: PyType) {
    let runs: [(String, PyRePattern.RunKind)] = [
      ("match", .match), ("fullmatch", .fullMatch), ("search", .search),
    ]
    for (name, kind) in runs {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let p = try receiver(v)
        let b = try args.bind(name, ["string", "pos", "endpos"], required: 1)
        let (pos, end) = try bounds(vm, b, 1)
        return try p.run(vm, kind, b[0] ?? .none, pos: pos, endpos: end)
      }
    }
    t.addMethod("findall") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let p = try receiver(v)
      let b = try args.bind("findall", ["string", "pos", "endpos"], required: 1)
      let (pos, end) = try bounds(vm, b, 1)
      return try p.findall(vm, b[0] ?? .none, pos: pos, endpos: end)
    }
    t.addMethod("finditer") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let p = try receiver(v)
      let b = try args.bind("finditer", ["string", "pos", "endpos"], required: 1)
      let (pos, end) = try bounds(vm, b, 1)
      return try p.finditer(vm, b[0] ?? .none, pos: pos, endpos: end)
    }
    for name in ["sub", "subn"] {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let p = try receiver(v)
        let b = try args.bind(name, ["repl", "string", "count"], required: 2)
        let count = try b[2].map { (c: Value) throws(PyException) -> Int in try vm.intArgument(c) } ?? 0
        let (text, n) = try p.substitute(vm, b[0] ?? .none, b[1] ?? .none, count: count)
        return name == "sub" ? text : .tuple([text, .int(n)])
      }
    }
    t.addMethod("split") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let p = try receiver(v)
      let b = try args.bind("split", ["string", "maxsplit"], required: 1)
      let maxsplit = try b[1].map { (c: Value) throws(PyException) -> Int in try vm.intArgument(c) } ?? 0
      return try p.split(vm, b[0] ?? .none, maxsplit: maxsplit)
    }
    t.addMethod("__copy__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in v }
    t.addMethod("__deepcopy__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in v }
    t.addGetter("pattern") { (vm: VM, v: Value) throws(PyException) -> Value in try receiver(v).source }
    t.addGetter("flags") { (vm: VM, v: Value) throws(PyException) -> Value in .int(try receiver(v).flags) }
    t.addGetter("groups") { (vm: VM, v: Value) throws(PyException) -> Value in
      .int(try receiver(v).groups)
    }
    t.addGetter("groupindex") { (vm: VM, v: Value) throws(PyException) -> Value in
      let d = PyDict()
      for (name, g) in try receiver(v).groupNames { d.setString(name, .int(g)) }
      return .object(PyMappingProxy(d))
    }
  }
}
