/// Calling types: builtin constructors, instances of user classes
/// (`__new__` then `__init__`), `type(x)`, `__build_class__` and `super()`.
extension VM {
  func callType(_ type: PyType, _ args: Args) throws(PyException) -> Value {
    // A metaclass's own __call__ decides what calling the class does.
    if let hook = metaclassHook(type, Names.call) {
      return try Args.with([.object(type)] + args.values, keywordNames: args.keywordNames) {
        (a: Args) throws(PyException) -> Value in try call(hook, a)
      }
    }
    return try callTypeDirect(type, args)
  }

  /// `type.__call__(cls, ...)`: `__new__` then `__init__`, whatever the
  /// metaclass's `__call__`.
  func callTypeDirect(_ type: PyType, _ args: Args) throws(PyException) -> Value {
    if type === BuiltinTypes.type {
      if args.count == 1 && args.keywordCount == 0 { return .object(args[0].type) }
      if args.count == 3 {
        guard let name = args[0].asStr, let bases = args[1].as(PyTuple.self), let ns = args[2].as(PyDict.self) else {
          throw PyException.typeError("type.__new__() argument 1 must be str, not \(args[0].typeName)")
        }
        return .object(try makeClass(name: name.value, bases: bases.items, namespace: ns.copy()))
      }
      throw PyException.typeError("type() takes 1 or 3 arguments")
    }
    if type.isBuiltin {
      if let constructor = type.constructor { return try constructor(self, type, args) }
      throw PyException.typeError("cannot create '\(typeQualifiedName(type))' instances")
    }
    return try instantiate(type, args)
  }

  /// `Cls(...)` for a user class: `__new__`, then `__init__` when the new
  /// object is an instance of the class.
  private func instantiate(_ type: PyType, _ args: Args) throws(PyException) -> Value {
    var instance: Value
    // Any `__new__` but object's own is called; object's is `allocate`.
    let plan = type.constructionPlan
    let userNew = plan.userNew
    if let userNew {
      let fn: Value = userNew.as(PyStaticMethod.self)?.function ?? userNew
      var all: [Value] = [.object(type)]
      all.append(contentsOf: args.values)
      instance = try Args.with(all, keywordNames: args.keywordNames) { (a: Args) throws(PyException) -> Value in
        try call(fn, a)
      }
      guard instance.type.isSubtype(of: type) else { return instance }
    } else {
      // object.__new__ rejects surplus arguments before abstract classes.
      if type.mayBeAbstract, type.layout == .instance, !args.isEmpty,
        let i = type.lookup(Names.`init`), VM.isObjectInit(i)
      {
        throw PyException.typeError("\(type.name)() takes no arguments")
      }
      instance = try allocate(type, args)
    }
    let initMethod = plan.initMethod
    if let initMethod, let fn = initMethod.as(PyFunction.self) {
      let result: Value
      switch try callFunction(fn, selfValue: instance, args) {
      case .value(let v): result = v
      case .frame(let f):
        switch try run(f) {
        case .returned(let v): result = v
        case .yielded: result = .none
        }
      }
      if !result.isNone {
        throw PyException.typeError("__init__() should return None, not '\(result.typeName)'")
      }
    } else if let initMethod, !VM.isObjectInit(initMethod) {
      // A builtin base's `__init__` runs too: `list.__init__` fills a list
      // subclass, `BaseException.__init__` sets `args` again after a
      // user `__new__` (CPython's type_call).
      _ = try Args.with([instance] + args.values, keywordNames: args.keywordNames) {
        (a: Args) throws(PyException) -> Value in try call(initMethod, a)
      }
    } else if type.layout == .instance && userNew == nil && !args.isEmpty {
      throw PyException.typeError("\(type.name)() takes no arguments")
    }
    return instance
  }

  /// `Cls(...)` for the common case the dispatch loop runs inline: a plain
  /// user class (no metaclass, no `__new__` of its own, not abstract) with
  /// a Python `__init__`. Allocates the instance and prepares the
  /// `__init__` frame, which the loop enters instead of recursing into a
  /// new `run`; nil when the class needs `callType`'s general path.
  func prepareInitializer(_ type: PyType, _ args: Args) throws(PyException) -> (frame: Frame, instance: Value)? {
    guard !type.isBuiltin, type.metaclass == nil, !type.mayBeAbstract, type.layout == .instance else { return nil }
    let plan = type.constructionPlan
    guard plan.userNew == nil, let fn = plan.initMethod?.as(PyFunction.self), !fn.code.isGeneratorLike else { return nil }
    let instance = try allocate(type, args)
    guard case .frame(let f) = try callFunction(fn, selfValue: instance, args) else { return nil }
    return (f, instance)
  }

  /// True for `object.__init__`, which `Cls(...)` need not call.
  static func isObjectInit(_ m: Value) -> Bool {
    guard let d = m.as(PyMethodDescriptor.self) else { return false }
    return d.owner === BuiltinTypes.object
  }

  /// A new, uninitialised instance of a user class (object.__new__).
  func allocate(_ type: PyType, _ args: Args) throws(PyException) -> Value {
    if type.mayBeAbstract { try rejectAbstract(type) }
    switch type.layout {
    case .instance:
      return .object(PyInstance(type: type))
    case .exception:
      return .object(PyException(type: type, args: Array(args.values[0..<args.count])))
    case .builtin:
      if let base = type.mro.first(where: { $0.isBuiltin }), let make = base.subclassConstructor {
        return try make(self, type, args)
      }
      throw PyException.typeError("cannot create '\(type.name)' instances")
    }
  }

  // MARK: - class statements

  /// `__build_class__(func, name, *bases, **keywords)`: runs the class body
  /// in a fresh namespace and makes the class.
  func buildClass(_ args: Args) throws(PyException) -> Value {
    guard args.count >= 2, let body = args[0].as(PyFunction.self), let name = args[1].asStr else {
      throw PyException.typeError("__build_class__: not enough arguments")
    }
    let originalBases = Array(args.values[2..<args.count])
    let bases = try resolveMroEntries(originalBases)
    let keywords = args.keywords.filter { $0.0 != "metaclass" }
    // The metaclass: the one given, else the most derived of the bases'
    // (CPython's _PyType_CalculateMetaclass).
    var meta: Value = args.keyword("metaclass") ?? (bases.first.map { .object($0.type) } ?? .object(BuiltinTypes.type))
    if let given = meta.as(PyType.self) {
      var winner = given
      for base in bases {
        let baseMeta = base.type
        if winner.isSubtype(of: baseMeta) { continue }
        if baseMeta.isSubtype(of: winner) {
          winner = baseMeta
          continue
        }
        throw PyException.typeError(
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass"
            + " of the metaclasses of all its bases")
      }
      meta = .object(winner)
    }
    var namespace = PyDict()
    if let prepare = try getAttributeIfPresent(meta, PyStr.intern("__prepare__")),
      meta.as(PyType.self).map({ $0.lookup("__prepare__")?.as(PyClassMethod.self)?.function.as(PyBuiltinFunction.self) == nil }) ?? true
    {
      let prepared = try call(prepare, [.object(name), .tuple(bases)], keywords: keywords)
      guard let dict = prepared.as(PyDict.self) else {
        throw PyException.typeError(
          "\(meta.as(PyType.self)?.name ?? "<metaclass>").__prepare__() must return a mapping, not \(prepared.typeName)")
      }
      namespace = dict
    }
    if bases.count != originalBases.count || zip(bases, originalBases).contains(where: { !$0.isIdentical(to: $1) }) {
      namespace.setString("__orig_bases__", .tuple(originalBases))
    }
    let frame = Frame(code: body.code, globals: body.globals, function: body)
    frame.namespace = namespace
    let result: Value
    switch try run(frame) {
    case .returned(let v): result = v
    case .yielded: result = .none
    }
    let cls: Value
    if let type = meta.as(PyType.self), type === BuiltinTypes.type {
      cls = .object(try makeClass(name: name.value, bases: bases, namespace: namespace, keywords: keywords))
    } else {
      cls = try call(meta, [.object(name), .tuple(bases), .object(namespace)], keywords: keywords)
    }
    if let cell = result.as(PyCell.self) {
      cell.value = cls
    }
    return cls
  }

  /// `type.__new__(mcs, name, bases, namespace, **keywords)`: a new class
  /// whose metaclass is `mcs`.
  func typeNew(_ args: Args) throws(PyException) -> Value {
    guard args.count >= 1, let meta = args[0].as(PyType.self) else {
      throw PyException.typeError("type.__new__(X): X is not a type object")
    }
    if args.count == 2 && args.keywordCount == 0 && meta === BuiltinTypes.type {
      return .object(args[1].type)
    }
    guard args.count == 4 else {
      throw PyException.typeError("type.__new__() takes exactly 3 arguments (\(args.count - 1) given)")
    }
    guard let name = args[1].asStr else {
      throw PyException.typeError("type.__new__() argument 1 must be str, not \(args[1].typeName)")
    }
    guard let bases = args[2].as(PyTuple.self) else {
      throw PyException.typeError("type.__new__() argument 2 must be tuple, not \(args[2].typeName)")
    }
    guard let namespace = args[3].as(PyDict.self) else {
      throw PyException.typeError("type.__new__() argument 3 must be dict, not \(args[3].typeName)")
    }
    return .object(
      try makeClass(
        name: name.value, bases: bases.items, namespace: namespace.copy(), keywords: args.keywords,
        metaclass: meta === BuiltinTypes.type ? nil : meta))
  }

  /// Bases that are not classes but have `__mro_entries__` (`Generic[T]`,
  /// `NamedTuple`) are replaced by what it returns (CPython's update_bases).
  private func resolveMroEntries(_ bases: [Value]) throws(PyException) -> [Value] {
    guard bases.contains(where: { $0.as(PyType.self) == nil }) else { return bases }
    var resolved: [Value] = []
    for base in bases {
      if base.as(PyType.self) == nil,
        let entries = try getAttributeIfPresent(base, PyStr.intern("__mro_entries__"))
      {
        let result = try call(entries, [.tuple(bases)])
        guard let t = result.as(PyTuple.self) else {
          throw PyException.typeError("__mro_entries__ must return a tuple")
        }
        resolved.append(contentsOf: t.items)
      } else {
        resolved.append(base)
      }
    }
    return resolved
  }

  /// A new class; `keywords` are the class statement's keywords besides
  /// `metaclass`, passed to the parent's `__init_subclass__`.
  func makeClass(
    name: String, bases baseValues: [Value], namespace: PyDict, keywords: [(String, Value)] = [],
    metaclass: PyType? = nil
  ) throws(PyException) -> PyType {
    var bases: [PyType] = []
    for b in baseValues {
      guard let t = b.as(PyType.self) else {
        throw PyException.typeError("bases must be types")
      }
      if !t.allowsSubclassing {
        throw PyException.typeError("type '\(t.name)' is not an acceptable base type")
      }
      bases.append(t)
    }
    if bases.isEmpty { bases = [BuiltinTypes.object] }
    // One builtin storage per instance: `class A(int, str)` cannot exist.
    let solids = bases.compactMap { VM.solidBase($0) }
    if let first = solids.first, solids.contains(where: { $0 !== first }) {
      throw PyException.typeError("multiple bases have instance lay-out conflict")
    }
    guard let mro = PyType.linearize(bases) else {
      let names = bases.map { $0.name }.joined(separator: ", ")
      throw PyException.typeError(
        "Cannot create a consistent method resolution order (MRO) for bases \(names)")
    }
    let qualified = namespace.removeString(Names.qualname)?.asStr?.value ?? name
    let module = namespace.getString(Names.module)?.asStr?.value ?? "__main__"
    namespace.removeString(Names.classcell)
    // `__new__` is a static method and `__init_subclass__` a class method
    // without saying so (type_new does this).
    if let new = namespace.getString(Names.new), new.as(PyFunction.self) != nil {
      namespace.setString(Names.new, .object(PyStaticMethod(new)))
    }
    if let sub = namespace.getString(Names.initSubclass), sub.as(PyFunction.self) != nil {
      namespace.setString(Names.initSubclass, .object(PyClassMethod(sub)))
    }
    if namespace.getString(Names.eq) != nil && namespace.getString(Names.hash) == nil {
      namespace.setString(Names.hash, .none)
    }
    if namespace.getString(Names.del) != nil {
      interpreter.classesWithFinalizers = true
      PyInstance.finalizersExist = true
    }
    let slots = try declaredSlots(namespace, className: name)
    let cls = PyType(name: name, qualifiedName: qualified, module: module, bases: bases, dict: namespace, mro: mro)
    // The most derived of the given metaclass and the bases' ones (CPython's
    // _PyType_CalculateMetaclass), set before __init_subclass__ runs, which
    // may rely on it (enum's does).
    var winner = metaclass
    for b in bases {
      guard let meta = b.metaclass else { continue }
      if winner == nil || meta.isSubtype(of: winner ?? meta) { winner = meta }
    }
    if let winner { cls.metaclass = winner }
    // Instances of builtin-derived classes (a dict or tuple subclass) keep
    // their attributes in a dictionary whatever their __slots__ say.
    if let slots, cls.layout == .instance { try installSlots(slots, on: cls, bases: bases) }
    PyType.version &+= 1
    // __set_name__ on descriptors, then the parent's __init_subclass__.
    for entry in namespace.liveEntries {
      if case .object(let o) = entry.value, !o.type.isBuiltin, let setName = o.type.lookup(Names.setName) {
        _ = try callMethod(setName, entry.value, [.object(cls), entry.key])
      }
    }
    // super(cls, cls).__init_subclass__: the first along the MRO, which may
    // come after a builtin base (`class IntEnum(int, ReprEnum)`).
    if let hook = mro.lazy.compactMap({ $0.dict.getString(Names.initSubclass) }).first,
      let cm = hook.as(PyClassMethod.self)
    {
      _ = try call(cm.function, [.object(cls)], keywords: keywords)
    }
    return cls
  }

  /// The builtin whose storage instances of `t` use (str, list, dict...),
  /// BaseException for exceptions, nil for plain objects.
  static func solidBase(_ t: PyType) -> PyType? {
    guard let b = t.mro.first(where: { $0.isBuiltin }), b !== BuiltinTypes.object else { return nil }
    return b.layout == .exception ? BuiltinTypes.baseException : b
  }

  // MARK: - super()

  /// `super()` with no arguments: the class from the `__class__` cell and
  /// the first argument of the calling function.
  func zeroArgumentSuper() throws(PyException) -> Value {
    guard let frame = self.frame else {
      throw PyException.runtimeError("super(): no current frame")
    }
    let code = frame.code.object
    guard code.argCount > 0 || code.flags.contains(.varArgs) else {
      throw PyException.runtimeError("super(): no arguments")
    }
    var first = frame.slots[0]
    if let cellIndex = code.cellParameters.first(where: { $0.slot == 0 })?.cell {
      first = frame.cells[cellIndex].value
    }
    if case .null = first { throw PyException.runtimeError("super(): arg[0] deleted") }
    guard let classIndex = code.freeNames.firstIndex(of: "__class__") else {
      throw PyException.runtimeError("super(): __class__ cell not found")
    }
    let cell = frame.cells[code.cellNames.count + classIndex]
    guard let cls = cell.value.as(PyType.self) else {
      throw PyException.runtimeError("super(): empty __class__ cell")
    }
    return .object(PySuper(type: cls, object: first))
  }
}

/// `super(type, obj)`: attribute look-ups start after `type` in the MRO of
/// `obj`'s class.
final class PySuper: PyObject {
  let startType: PyType
  let object: Value

  init(type: PyType, object: Value) {
    startType = type
    self.object = object
  }

  override var type: PyType { BuiltinTypes.superType }

  /// The class whose MRO is searched: obj's class, or obj itself when it
  /// is a class (in class methods).
  var lookupType: PyType {
    if let t = object.as(PyType.self), t.isSubtype(of: startType) { return t }
    return object.type
  }
}

extension PyType {
  /// Makes instances of a user class deriving from this builtin type.
  typealias SubclassConstructor = (VM, PyType, Args) throws(PyException) -> Value
}

extension VM {
  /// CPython's object_new check: a class whose `__abstractmethods__` is not
  /// empty cannot be instantiated; the message lists them sorted.
  fileprivate func rejectAbstract(_ type: PyType) throws(PyException) {
    guard let abstract = type.dict.getString("__abstractmethods__"), try isTrue(abstract) else { return }
    var names: [String] = []
    for v in try iterate(abstract) { names.append(try str(v)) }
    names.sort()
    let noun = names.count == 1 ? "method" : "methods"
    throw PyException.typeError(
      "Can't instantiate abstract class \(type.name) with abstract \(noun) \(names.joined(separator: ", "))")
  }
}
