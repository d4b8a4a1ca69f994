// functools.partial: a callable with some arguments already given, as
// Modules/_functoolsmodule.c's partial type (flattening nested partials,
// its repr, func/args/keywords).

/// A `functools.partial` object.
final class PyPartial: PyObject, PyReprCustomizable {
  let function: Value
  let arguments: [Value]
  let keywords: PyDict

  init(function: Value, arguments: [Value], keywords: PyDict) {
    self.function = function
    self.arguments = arguments
    self.keywords = keywords
  }

  override var type: PyType { FunctoolsTypes.partial }

  /// `functools.partial(<function f at 0x...>, 1, x=3)`.
  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    var parts = [try vm.repr(function)]
    for a in arguments { parts.append(try vm.repr(a)) }
    for e in keywords.liveEntries {
      parts.append("\(try vm.str(e.key))=\(try vm.repr(e.value))")
    }
    return "functools.partial(" + parts.joined(separator: ", ") + ")"
  }

  /// Calls the function with the stored arguments first, then `args`;
  /// keywords given now override the stored ones.
  func call(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    var positional = arguments
    positional.append(contentsOf: args.positional)
    let extra = args.keywords
    if keywords.count == 0 {
      return try vm.call(function, positional, keywords: extra)
    }
    let merged = keywords.copy()
    for (name, value) in extra { merged.setString(PyStr.intern(name), value) }
    let pairs = merged.liveEntries.map { ($0.key.asStr?.value ?? "", $0.value) }
    return try vm.call(function, positional, keywords: pairs)
  }
}

/// The Python types of the functools module, made once per process.
enum FunctoolsTypes {
  static let partial: PyType = {
    let t = PyType(builtin: "partial", base: BuiltinTypes.object, module: "functools")
    t.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      guard args.count >= 1 else {
        throw PyException.typeError("type 'partial' takes at least one argument")
      }
      return .object(
        try makePartial(vm, args[0], Array(args.positional.dropFirst()), args.keywords))
    }
    t.addMethod("__call__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let p = v.as(PyPartial.self) else { return .none }
      return try p.call(vm, args)
    }
    t.addGetter("func") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyPartial.self)?.function ?? .none
    }
    t.addGetter("args") { (vm: VM, v: Value) throws(PyException) -> Value in
      .tuple(v.as(PyPartial.self)?.arguments ?? [])
    }
    t.addGetter("keywords") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyPartial.self).map { .object($0.keywords) } ?? .none
    }
    return t
  }()

  /// `partial(func, *args, **keywords)`, flattening a partial of a partial.
  static func makePartial(
    _ vm: VM, _ function: Value, _ args: [Value], _ keywords: [(String, Value)]
  ) throws(PyException) -> PyPartial {
    guard vm.isCallable(function) else {
      throw PyException.typeError("the first argument must be callable")
    }
    var target = function
    var allArgs = args
    let dict = PyDict()
    if let inner = function.as(PyPartial.self) {
      target = inner.function
      allArgs = inner.arguments + args
      for e in inner.keywords.liveEntries { try dict.set(e.key, e.value, vm: vm) }
    }
    for (name, value) in keywords { dict.setString(PyStr.intern(name), value) }
    return PyPartial(function: target, arguments: allArgs, keywords: dict)
  }
}
