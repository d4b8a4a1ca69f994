// operator.itemgetter, attrgetter and methodcaller: callable objects with
// CPython's reprs (`operator.itemgetter(1, 2)`) and argument checks.

/// An itemgetter, attrgetter or methodcaller object.
final class PyOperatorCallable: PyObject, PyReprCustomizable {
  enum Kind {
    /// `itemgetter(*items)`.
    case items([Value])
    /// `attrgetter(*names)`, each name split at its dots.
    case attributes([[PyStr]])
    /// `methodcaller(name, *args, **kwargs)`.
    case method(PyStr, [Value], [(String, Value)])
  }

  let kind: Kind

  init(_ kind: Kind) {
    self.kind = kind
  }

  override var type: PyType {
    switch kind {
    case .items: return OperatorTypes.itemgetter
    case .attributes: return OperatorTypes.attrgetter
    case .method: return OperatorTypes.methodcaller
    }
  }

  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    var parts: [String] = []
    switch kind {
    case .items(let items):
      for i in items { parts.append(try vm.repr(i)) }
    case .attributes(let names):
      for n in names { parts.append(try vm.repr(.str(n.map { $0.value }.joined(separator: ".")))) }
    case .method(let name, let args, let keywords):
      parts.append(try vm.repr(.object(name)))
      for a in args { parts.append(try vm.repr(a)) }
      for (k, v) in keywords { parts.append("\(k)=\(try vm.repr(v))") }
    }
    return "operator.\(type.name)(" + parts.joined(separator: ", ") + ")"
  }

  func call(_ vm: VM, _ obj: Value) throws(PyException) -> Value {
    switch kind {
    case .items(let items):
      if items.count == 1 { return try vm.getItem(obj, items[0]) }
      var out: [Value] = []
      for i in items { out.append(try vm.getItem(obj, i)) }
      return .tuple(out)
    case .attributes(let names):
      func resolve(_ path: [PyStr]) throws(PyException) -> Value {
        var v = obj
        for part in path { v = try vm.getAttribute(v, part) }
        return v
      }
      if names.count == 1 { return try resolve(names[0]) }
      var out: [Value] = []
      for n in names { out.append(try resolve(n)) }
      return .tuple(out)
    case .method(let name, let args, let keywords):
      return try vm.call(try vm.getAttribute(obj, name), args, keywords: keywords)
    }
  }
}

/// The types of operator's callables, made once per process.
enum OperatorTypes {
  private static func callableType(_ name: String, _ make: @escaping PyType.Constructor) -> PyType {
    let t = PyType(builtin: name, base: BuiltinTypes.object, module: "operator")
    t.constructor = make
    t.addMethod("__call__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let obj = try args.positional(name, 1, 1)[0]
      guard let c = v.as(PyOperatorCallable.self) else { return .none }
      return try c.call(vm, obj)
    }
    return t
  }

  static let itemgetter = callableType("itemgetter") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    try args.rejectKeywords("itemgetter")
    if args.count == 0 { throw PyException.typeError("itemgetter expected 1 argument, got 0") }
    return .object(PyOperatorCallable(.items(args.positional)))
  }

  static let attrgetter = callableType("attrgetter") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    try args.rejectKeywords("attrgetter")
    if args.count == 0 { throw PyException.typeError("attrgetter expected 1 argument, got 0") }
    var names: [[PyStr]] = []
    for a in args.positional {
      guard let s = a.asStr else { throw PyException.typeError("attribute name must be a string") }
      names.append(
        s.value.split(separator: ".", omittingEmptySubsequences: false).map {
          PyStr.intern(String($0))
        })
    }
    return .object(PyOperatorCallable(.attributes(names)))
  }

  static let methodcaller = callableType("methodcaller") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    guard args.count >= 1 else {
      throw PyException.typeError("methodcaller needs at least one argument, the method name")
    }
    guard let name = args[0].asStr else {
      throw PyException.typeError("method name must be a string")
    }
    return .object(
      PyOperatorCallable(
        .method(PyStr.intern(name.value), Array(args.positional.dropFirst()), args.keywords)))
  }
}
