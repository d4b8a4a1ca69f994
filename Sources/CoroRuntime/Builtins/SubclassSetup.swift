/// `__new__` and `__init__` of the builtin types user classes derive from
/// (`class Name(str)`, `class Inventory(dict)`, `class Celsius(float)`),
/// as CPython splits construction: the immutable types build their value
/// in `__new__` (`super().__new__(cls, value)`), the mutable containers
/// make an empty object in `__new__` and fill it in `__init__`
/// (`super().__init__(items)`). Instances of subclasses are the builtin
/// storage objects with a `SubclassState` (or a `PyBoxedNumber` for int
/// and float).
extension BuiltinTypes {
  static func installSubclassing() {
    addNew(str) { (vm: VM, cls: PyType, args: Args) throws(PyException) -> Value in
      let made = try constructed(vm, str, args)
      let s = PyStr(made.asStr?.value ?? "")
      s.subclass = SubclassState(type: cls)
      return .object(s)
    }
    addNew(tuple) { (vm: VM, cls: PyType, args: Args) throws(PyException) -> Value in
      let made = try constructed(vm, tuple, args)
      let t = PyTuple(made.as(PyTuple.self)?.items ?? [])
      t.subclass = SubclassState(type: cls)
      return .object(t)
    }
    addNew(frozenset) { (vm: VM, cls: PyType, args: Args) throws(PyException) -> Value in
      let made = try constructed(vm, frozenset, args)
      let f = PySet(storage: made.as(PySet.self)?.storage ?? SetStorage(), frozen: true)
      f.subclass = SubclassState(type: cls)
      return .object(f)
    }
    for number in [int, float] {
      addNew(number) { (vm: VM, cls: PyType, args: Args) throws(PyException) -> Value in
        .object(PyBoxedNumber(try constructed(vm, number, args), type: cls))
      }
    }
    addNew(list, mutable: true) { (vm: VM, cls: PyType, args: Args) throws(PyException) -> Value in
      let l = PyList()
      l.subclass = cls === list ? nil : SubclassState(type: cls)
      return .object(l)
    }
    addNew(dict, mutable: true) { (vm: VM, cls: PyType, args: Args) throws(PyException) -> Value in
      let d = PyDict()
      d.subclass = cls === dict ? nil : SubclassState(type: cls)
      return .object(d)
    }
    addNew(set, mutable: true) { (vm: VM, cls: PyType, args: Args) throws(PyException) -> Value in
      let s = PySet()
      s.subclass = cls === set ? nil : SubclassState(type: cls)
      return .object(s)
    }
    installContainerInits()
    // `super().__repr__()` in a subclass: the builtin's own repr.
    for t in [int, float, list, tuple, dict, set, frozenset] {
      t.addMethod("__repr__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        try args.none("\(t.name).__repr__")
        return .str(try vm.nativeRepr(v))
      }
    }
  }

  /// `list.__init__`, `dict.__init__` and `set.__init__`: what the
  /// constructors do to a new object, here to an existing one (list and
  /// set start over, dict merges).
  private static func installContainerInits() {
    list.addMethod("__init__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(v, PyList.self, "__init__", "list")
      let a = try args.positional("list", 0, 1)
      l.items.removeAll()
      if let source = a.first { try vm.extendList(l, source) }
      return .none
    }
    dict.addMethod("__init__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(v, PyDict.self, "__init__", "dict")
      guard args.count <= 1 else {
        throw PyException.typeError("dict expected at most 1 argument, got \(args.count)")
      }
      if args.count == 1 { try vm.dictUpdateFromArgument(d, args[0]) }
      try vm.dictSetKeywords(d, args)
      return .none
    }
    set.addMethod("__init__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let s = v.as(PySet.self), !s.isFrozen else {
        throw PyException.typeError(
          "descriptor '__init__' requires a 'set' object but received a '\(v.typeName)'")
      }
      let a = try args.positional("set", 0, 1)
      s.removeAll()
      if let source = a.first { try vm.setUpdate(s, source) }
      return .none
    }
  }

  /// The value the builtin constructor makes from `args` (`str(x)`,
  /// `int(x, base)`...).
  private static func constructed(_ vm: VM, _ t: PyType, _ args: Args) throws(PyException) -> Value {
    guard let constructor = t.constructor else {
      throw PyException.typeError("cannot create '\(t.name)' instances")
    }
    return try constructor(vm, t, args)
  }

  /// Installs `t.__new__(cls, ...)` and `t.subclassConstructor`: `make`
  /// builds an instance of the user class `cls`. With `mutable`, `make`
  /// also serves `t` itself and the arguments are left to `__init__`
  /// (`list.__new__(list, [1])` is `[]`).
  static func addNew(
    _ t: PyType, mutable: Bool = false, _ make: @escaping PyType.SubclassConstructor
  ) {
    t.subclassConstructor = make
    t.addStaticMethod("__new__") { (vm: VM, args: Args) throws(PyException) -> Value in
      let cls = try newReceiver(t, args)
      let rest = Array(args.values[1...])
      return try Args.with(rest, keywordNames: args.keywordNames) {
        (a: Args) throws(PyException) -> Value in
        if cls === t && !mutable { return try constructed(vm, t, a) }
        return try make(vm, cls, a)
      }
    }
  }

  /// The class argument of `t.__new__(cls, ...)`, with CPython's checks
  /// (tp_new_wrapper).
  static func newReceiver(_ t: PyType, _ args: Args) throws(PyException) -> PyType {
    guard args.count >= 1 else {
      throw PyException.typeError("\(t.name).__new__(): not enough arguments")
    }
    guard let cls = args[0].as(PyType.self) else {
      throw PyException.typeError(
        "\(t.name).__new__(X): X is not a type object (\(args[0].typeName))")
    }
    guard cls.isSubtype(of: t) else {
      throw PyException.typeError(
        "\(t.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(t.name)")
    }
    // The builtin nearest to `cls` must construct with this same `__new__`
    // (`Exception` inherits BaseException's).
    if cls !== t, let base = cls.mro.first(where: { $0.isBuiltin }), base !== t,
      let own = t.dict.getString(Names.new), !(base.lookup(Names.new)?.isIdentical(to: own) ?? false)
    {
      throw PyException.typeError(
        "\(t.name).__new__(\(cls.name)) is not safe, use \(base.name).__new__()")
    }
    return cls
  }
}
