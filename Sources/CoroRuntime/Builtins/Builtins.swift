import Foundation

/// The `builtins` module: functions, types, constants and exceptions.
enum Builtins {
  static func install(into dict: PyDict, interpreter: Interpreter) {
    func add(_ name: String, _ fn: @escaping PyBuiltinFunction.Function) {
      dict.setString(name, .object(PyBuiltinFunction(name: name, fn)))
    }
    for t in [
      BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float,
      BuiltinTypes.str, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set,
      BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice, BuiltinTypes.enumerate,
      BuiltinTypes.zip, BuiltinTypes.map, BuiltinTypes.filter, BuiltinTypes.reversed,
      BuiltinTypes.property, BuiltinTypes.classmethod, BuiltinTypes.staticmethod,
      BuiltinTypes.superType, BuiltinTypes.bytes, BuiltinTypes.bytearray, BuiltinTypes.complex,
    ] {
      dict.setString(t.name, .object(t))
    }
    for t in BuiltinTypes.exceptionTypes {
      dict.setString(t.name, .object(t))
    }
    dict.setString("EnvironmentError", .object(BuiltinTypes.osError))
    dict.setString("IOError", .object(BuiltinTypes.osError))
    dict.setString("None", .none)
    dict.setString("True", .bool(true))
    dict.setString("False", .bool(false))
    dict.setString("Ellipsis", .object(BuiltinTypes.ellipsisObject))
    dict.setString("NotImplemented", .object(BuiltinTypes.notImplementedObject))
    dict.setString("__debug__", .bool(true))
    dict.setString("__name__", .str("builtins"))

    add("print", print)
    add("len", len)
    dict.getString("len")?.as(PyBuiltinFunction.self)?.isLen = true
    // METH_O builtins: CPython counts the call itself against the
    // recursion limit ("while calling a Python object"), and then
    // PyObject_Repr counts again, which decides the message when a
    // __repr__ calls repr(self).
    add("repr") { (vm: VM, args: Args) throws(PyException) -> Value in
      let v = try args.one("repr")
      return try vm.withRecursionGuard(" while calling a Python object") { () throws(PyException) -> Value in
        .str(try vm.repr(v))
      }
    }
    add("ascii") { (vm: VM, args: Args) throws(PyException) -> Value in
      let v = try args.one("ascii")
      return try vm.withRecursionGuard(" while calling a Python object") { () throws(PyException) -> Value in
        .str(try vm.ascii(v))
      }
    }
    add("isinstance", isinstance)
    add("issubclass", issubclass)
    add("callable") { (vm: VM, args: Args) throws(PyException) -> Value in
      .bool(vm.isCallable(try args.one("callable")))
    }
    add("id") { (vm: VM, args: Args) throws(PyException) -> Value in
      let v = try args.one("id")
      if case .object(let o) = v { return .int(Int(bitPattern: UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()))) }
      return .int(try vm.hash(v) & 0xFFFF_FFFF | 0x7F00_0000_0000)
    }
    add("hash") { (vm: VM, args: Args) throws(PyException) -> Value in
      .int(try vm.hash(try args.one("hash")))
    }
    add("iter", iter)
    add("next", next)
    add("aiter") { (vm: VM, args: Args) throws(PyException) -> Value in
      try vm.asyncIteratorBuiltin(try args.one("aiter"))
    }
    add("anext") { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.positional("anext", 1, 2)
      return try vm.asyncNextBuiltin(a[0], default: a.count == 2 ? a[1] : nil)
    }
    add("getattr", getattr)
    add("setattr") { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.positional("setattr", 3, 3)
      let name = try vm.stringArgument(a[1], "attribute name must be string, not '\(a[1].typeName)'")
      try vm.setAttribute(a[0], PyStr.intern(name.value), a[2])
      return .none
    }
    add("hasattr") { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.positional("hasattr", 2, 2)
      let name = try vm.stringArgument(a[1], "attribute name must be string, not '\(a[1].typeName)'")
      return .bool(try vm.getAttributeIfPresent(a[0], name) != nil)
    }
    add("delattr") { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.positional("delattr", 2, 2)
      let name = try vm.stringArgument(a[1], "attribute name must be string, not '\(a[1].typeName)'")
      try vm.deleteAttribute(a[0], PyStr.intern(name.value))
      return .none
    }
    add("input") { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.positional("input", 0, 1)
      if let prompt = a.first { vm.interpreter.stdout.write(try vm.str(prompt)) }
      vm.interpreter.stdout.flush()
      guard let line = Swift.readLine(strippingNewline: true) else {
        throw PyException(type: BuiltinTypes.eofError, message: "EOF when reading a line")
      }
      return .str(line)
    }
    add("format") { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.positional("format", 1, 2)
      var spec = ""
      if a.count == 2 {
        spec = try vm.stringArgument(a[1], "format() argument 2 must be str, not \(a[1].typeName)").value
      }
      return .str(try vm.format(a[0], spec))
    }
    add("globals") { (vm: VM, args: Args) throws(PyException) -> Value in
      try args.none("globals")
      return vm.frame.map { .object($0.globals) } ?? .none
    }
    add("locals") { (vm: VM, args: Args) throws(PyException) -> Value in
      try args.none("locals")
      return .object(vm.localsDictionary())
    }
    add("vars") { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.positional("vars", 0, 1)
      guard let v = a.first else { return .object(vm.localsDictionary()) }
      if case .object(let o) = v, let d = o.instanceDict { return .object(d) }
      if let t = v.as(PyType.self) { return .object(t.dict) }
      throw PyException.typeError("vars() argument must have __dict__ attribute")
    }
    add("dir") { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.positional("dir", 0, 1)
      if let v = a.first {
        return .object(PyList(vm.directory(of: v).map { .str($0) }))
      }
      let names = vm.localsDictionary().keys.compactMap { $0.asStr?.value }.sorted()
      return .object(PyList(names.map { .str($0) }))
    }
    add("exit", exit)
    add("quit", exit)
    BuiltinFunctions.install(add)
    Help.install(into: dict)
  }

  // MARK: - print and len

  private static func print(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    var sep = " "
    var end = "\n"
    var flush = false
    var file: Value = .none
    for (name, value) in args.keywords {
      switch name {
      case "sep":
        if !value.isNone {
          guard let s = value.asStr else {
            throw PyException.typeError("sep must be None or a string, not \(value.typeName)")
          }
          sep = s.value
        }
      case "end":
        if !value.isNone {
          guard let s = value.asStr else {
            throw PyException.typeError("end must be None or a string, not \(value.typeName)")
          }
          end = s.value
        }
      case "flush":
        flush = try vm.isTrue(value)
      case "file":
        file = value
      default:
        throw PyException.typeError("'\(name)' is an invalid keyword argument for print()")
      }
    }
    var text = ""
    for i in 0..<args.count {
      if i > 0 { text += sep }
      text += try vm.str(args[i])
    }
    text += end
    try vm.write(text, to: file)
    if flush { vm.interpreter.stdout.flush() }
    return .none
  }

  private static func len(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    .int(try vm.length(try args.one("len")))
  }

  private static func isinstance(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("isinstance", 2, 2)
    return .bool(try vm.isInstance(a[0], a[1]))
  }

  private static func issubclass(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("issubclass", 2, 2)
    guard let t = a[0].as(PyType.self) else {
      throw PyException.typeError("issubclass() arg 1 must be a class")
    }
    return .bool(try vm.isSubclass(t, a[1], function: "issubclass"))
  }

  private static func iter(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("iter", 1, 2)
    if a.count == 2 {
      let callable = a[0]
      let sentinel = a[1]
      return .object(PyClosureIterator(type: BuiltinTypes.iterator) { (vm: VM) throws(PyException) -> Value? in
        let v = try vm.call(callable, [])
        return try vm.valuesEqual(v, sentinel) ? nil : v
      })
    }
    return try vm.getIterator(a[0])
  }

  private static func next(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("next", 1, 2)
    guard vm.isIterator(a[0]) else {
      throw PyException.typeError("'\(a[0].typeName)' object is not an iterator")
    }
    if let g = a[0].as(PyGenerator.self) {
      switch try vm.resume(g, sending: .none) {
      case .yielded(let v): return v
      case .returned(let r):
        if a.count == 2 { return a[1] }
        throw PyException.stopIteration(r)
      }
    }
    if a.count == 1, case .object(let o) = a[0], !(o is PyIteratorBase), let m = o.type.lookup(Names.next) {
      // The StopIteration of a Python-level __next__ passes through with
      // its value (`next(coro.__await__())` reports the return value).
      return try vm.callMethod(m, a[0], [])
    }
    if let v = try vm.nextValue(a[0]) { return v }
    if a.count == 2 { return a[1] }
    throw PyException.stopIteration()
  }

  private static func getattr(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("getattr", 2, 3)
    let name = try vm.stringArgument(a[1], "attribute name must be string, not '\(a[1].typeName)'")
    if a.count == 3 {
      return try vm.getAttributeIfPresent(a[0], name) ?? a[2]
    }
    return try vm.getAttribute(a[0], PyStr.intern(name.value))
  }

  private static func exit(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("exit", 0, 1)
    throw PyException(type: BuiltinTypes.systemExit, args: a)
  }
}

extension VM {
  /// `len(v)`.
  func length(_ v: Value) throws(PyException) -> Int {
    if case .object(let o) = v {
      if o.subclassState != nil, let m = subclassOverride(o, Names.len) {
        return try lengthResult(try callMethod(m, v, []))
      }
      if let s = o as? PyStr { return s.count }
      if let l = o as? PyList { return l.items.count }
      if let t = o as? PyTuple { return t.items.count }
      if let d = o as? PyDict { return d.count }
      if let s = o as? PySet { return s.count }
      if let r = o as? PyRange { return r.count }
      if let view = o as? PyDictView { return view.dict.count }
      if let b = o as? PyBytes { return b.bytes.count }
      if let m = o.type.lookup(Names.len) {
        return try lengthResult(try callMethod(m, v, []))
      }
    }
    throw PyException.typeError("object of type '\(v.typeName)' has no len()")
  }

  func isInstance(_ v: Value, _ classInfo: Value) throws(PyException) -> Bool {
    if let t = classInfo.as(PyType.self) {
      if v.type === t { return true }
      if let check = metaclassHook(t, Names.instancecheck) {
        return try isTrue(try callMethod(check, classInfo, [v]))
      }
      return v.type.isSubtype(of: t)
    }
    if let tuple = classInfo.as(PyTuple.self) {
      for item in tuple.items where try isInstance(v, item) { return true }
      return false
    }
    if let union = classInfo.as(PyUnion.self) {
      for item in union.members where try isInstance(v, item) { return true }
      return false
    }
    if let check = objectCheckHook(classInfo, Names.instancecheck) {
      return try isTrue(try callMethod(check, classInfo, [v]))
    }
    throw PyException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
  }

  func isSubclass(_ t: PyType, _ classInfo: Value, function: String) throws(PyException) -> Bool {
    if let c = classInfo.as(PyType.self) {
      if let check = metaclassHook(c, Names.subclasscheck) {
        return try isTrue(try callMethod(check, classInfo, [.object(t)]))
      }
      return t.isSubtype(of: c)
    }
    if let tuple = classInfo.as(PyTuple.self) {
      for item in tuple.items where try isSubclass(t, item, function: function) { return true }
      return false
    }
    if let union = classInfo.as(PyUnion.self) {
      for item in union.members where try isSubclass(t, item, function: function) { return true }
      return false
    }
    if let check = objectCheckHook(classInfo, Names.subclasscheck) {
      return try isTrue(try callMethod(check, classInfo, [.object(t)]))
    }
    throw PyException.typeError("\(function)() arg 2 must be a class, a tuple of classes, or a union")
  }

  /// The hook an object that is not a class defines for isinstance or
  /// issubclass (`typing.List`, `Union[int, str]`...).
  private func objectCheckHook(_ v: Value, _ name: PyStr) -> Value? {
    guard case .object(let o) = v, !o.type.isBuiltin, let hook = o.type.lookup(name),
      hook.as(PyFunction.self) != nil
    else { return nil }
    return hook
  }

  func isCallable(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    if o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType
      || o is PyMethodDescriptor
    {
      return true
    }
    return o.type.lookup(Names.call) != nil
  }

  /// Writes text to `file` (None or sys.stdout: the interpreter's stdout).
  func write(_ text: String, to file: Value) throws(PyException) {
    if file.isNone {
      // sys.stdout may have been replaced (contextlib.redirect_stdout).
      guard let replaced = interpreter.replacedStdout else {
        interpreter.stdout.write(text)
        return
      }
      if replaced.isNone { return }
      return try write(text, to: replaced)
    }
    if let stream = file.as(PyTextStream.self) {
      stream.stream.write(text)
      return
    }
    let write = try getAttribute(file, PyStr.intern("write"))
    _ = try call(write, [.str(text)])
  }

  /// `locals()`: a snapshot of the current frame's variables.
  func localsDictionary() -> PyDict {
    guard let frame else { return PyDict() }
    if let ns = frame.namespace { return ns }
    if frame.code.object.kind == .module { return frame.globals }
    let d = PyDict()
    let names = frame.code.object.localNames
    for (i, name) in names.enumerated() where !frame.slots[i].isNull {
      d.setString(name, frame.slots[i])
    }
    for (i, name) in (frame.code.object.cellNames + frame.code.object.freeNames).enumerated()
    where i < frame.cells.count && !frame.cells[i].value.isNull {
      d.setString(name, frame.cells[i].value)
    }
    return d
  }

  /// `dir(v)`: sorted attribute names.
  func directory(of v: Value) -> [String] {
    var names = Set<String>()
    if case .object(let o) = v {
      if let m = o as? PyModule {
        return m.dict.keys.compactMap { $0.asStr?.value }.sorted()
      }
      if let d = o.instanceDict {
        for k in d.keys { if let s = k.asStr { names.insert(s.value) } }
      }
      if let t = o as? PyType {
        for c in t.mro {
          for k in c.dict.keys { if let s = k.asStr { names.insert(s.value) } }
        }
        return names.sorted()
      }
    }
    for t in v.type.mro {
      for k in t.dict.keys { if let s = k.asStr { names.insert(s.value) } }
    }
    return names.sorted()
  }
}

/// `sys.stdout` and `sys.stderr`.
final class PyTextStream: PyObject {
  let stream: OutputStream
  let name: String

  init(_ stream: OutputStream, name: String) {
    self.stream = stream
    self.name = name
  }

  override var type: PyType { BuiltinTypes.textIO }
}
