import CoroCompiler

/// The methods of `dict` (CPython's Objects/dictobject.c), with its
/// argument checks and messages. `get`, `pop` and `setdefault` check their
/// arguments without allocating and hash the key once.
extension BuiltinTypes {
  static func installDictMethods() {
    let t = dict
    t.addMethod("get") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "get", "dict")
      try args.positionalOnly("dict.get", "get", 1, 2)
      if let v = try d.get(args[0], vm: vm) { return v }
      return args.count == 2 ? args[1] : .none
    }
    t.addMethod("setdefault") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "setdefault", "dict")
      try args.positionalOnly("dict.setdefault", "setdefault", 1, 2)
      let key = args[0]
      let h = try vm.hash(key)
      if let v = try d.get(key, hash: h, vm: vm) { return v }
      let value = args.count == 2 ? args[1] : .none
      try d.set(key, hash: h, value, vm: vm)
      return value
    }
    t.addMethod("pop") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "pop", "dict")
      try args.positionalOnly("dict.pop", "pop", 1, 2)
      // An empty dict answers without hashing the key, as CPython's does.
      if d.count > 0, let v = try d.remove(args[0], vm: vm) { return v }
      if args.count == 2 { return args[1] }
      throw PyException.keyError(args[0])
    }
    t.addMethod("popitem") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "popitem", "dict")
      try args.noArguments("dict.popitem")
      guard let (key, value) = d.popLast() else {
        throw PyException.keyError(.str("popitem(): dictionary is empty"))
      }
      return .tuple([key, value])
    }
    t.addMethod("keys") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "keys", "dict")
      try args.noArguments("dict.keys")
      return .object(PyDictView(d, kind: .keys))
    }
    t.addMethod("values") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "values", "dict")
      try args.noArguments("dict.values")
      return .object(PyDictView(d, kind: .values))
    }
    t.addMethod("items") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "items", "dict")
      try args.noArguments("dict.items")
      return .object(PyDictView(d, kind: .items))
    }
    t.addMethod("update") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "update", "dict")
      try args.checkCount("update", 0, 1)
      if args.count == 1 { try vm.dictUpdateFromArgument(d, args[0]) }
      try vm.dictSetKeywords(d, args)
      return .none
    }
    t.addMethod("copy") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "copy", "dict")
      try args.noArguments("dict.copy")
      return .object(d.copy())
    }
    t.addMethod("clear") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "clear", "dict")
      try args.noArguments("dict.clear")
      d.removeAll()
      return .none
    }
    t.addClassMethod("fromkeys") { (vm: VM, args: Args) throws(PyException) -> Value in
      try vm.dictFromKeys(args)
    }
    installDictDunders()
    installDictViewMethods()
  }

  /// The special methods a program may call by name (`d.__getitem__(k)`);
  /// subscripts, `in`, `len()` and iteration are native.
  private static func installDictDunders() {
    let t = dict
    t.addMethod("__contains__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "__contains__", "dict")
      return .bool(try d.contains(try args.single("dict.__contains__"), vm: vm))
    }
    t.addMethod("__getitem__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "__getitem__", "dict")
      return try vm.nativeGetItem(d, selfValue, try args.single("dict.__getitem__"))
    }
    t.addMethod("__setitem__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "__setitem__", "dict")
      try args.wrapper("__setitem__", 2, unpackStyle: true)
      try d.set(args[0], args[1], vm: vm)
      return .none
    }
    t.addMethod("__delitem__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "__delitem__", "dict")
      try args.wrapper("__delitem__", 1)
      if try d.remove(args[0], vm: vm) == nil { throw PyException.keyError(args[0]) }
      return .none
    }
    t.addMethod("__len__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "__len__", "dict")
      try args.wrapper("__len__", 0)
      return .int(d.count)
    }
    t.addMethod("__iter__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "__iter__", "dict")
      try args.wrapper("__iter__", 0)
      return .object(PyDictIterator(d, kind: .keys))
    }
    t.addMethod("__reversed__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "__reversed__", "dict")
      try args.noArguments("dict.__reversed__")
      return .object(PyDictIterator(d, kind: .keys, reversed: true))
    }
    t.addMethod("__or__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      _ = try receiver(selfValue, PyDict.self, "__or__", "dict")
      try args.wrapper("__or__", 1)
      guard args[0].as(PyDict.self) != nil else { return notImplemented }
      return try vm.nativeBinaryOperation(.bitOr, selfValue, args[0]) ?? notImplemented
    }
    t.addMethod("__ior__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let d = try receiver(selfValue, PyDict.self, "__ior__", "dict")
      try args.wrapper("__ior__", 1)
      try vm.dictUpdateFromArgument(d, args[0])
      return selfValue
    }
    addRichComparisons(t, ordered: false) { $0.as(PyDict.self) != nil }
    markUnhashable(t)
  }
}

extension VM {
  /// The keyword arguments of `d.update(**kw)`, keyed by their names.
  func dictSetKeywords(_ d: PyDict, _ args: Args) throws(PyException) {
    guard let names = args.keywordNames else { return }
    let base = args.count
    for (i, name) in names.items.enumerated() {
      try d.set(name, args[base + i], vm: self)
    }
  }

  /// `dict.fromkeys(iterable, value=None)` called on `args[0]` (the class):
  /// a plain dict for `dict`, else an instance of the class filled by
  /// item assignment.
  func dictFromKeys(_ args: Args) throws(PyException) -> Value {
    if args.keywordCount > 0 {
      throw PyException.typeError("dict.fromkeys() takes no keyword arguments")
    }
    let n = args.count - 1
    if n < 1 {
      throw PyException.typeError("fromkeys expected at least 1 argument, got \(max(n, 0))")
    }
    if n > 2 { throw PyException.typeError("fromkeys expected at most 2 arguments, got \(n)") }
    let cls = args[0]
    let iterable = args[1]
    let value = n == 2 ? args[2] : .none
    if let type = cls.as(PyType.self), type === BuiltinTypes.dict {
      let d = PyDict()
      if let s = iterable.as(PySet.self) {
        for slot in s.storage.slots where !slot.key.isNull {
          try d.set(slot.key, hash: slot.hash, value, vm: self)
        }
        return .object(d)
      }
      if let source = iterable.as(PyDict.self) {
        for e in source.liveEntries { try d.set(e.key, hash: e.hash, value, vm: self) }
        return .object(d)
      }
      let it = try getIterator(iterable)
      while let key = try nextValue(it) { try d.set(key, value, vm: self) }
      return .object(d)
    }
    let result = try call(cls, [])
    let it = try getIterator(iterable)
    while let key = try nextValue(it) { try setItem(result, key, value) }
    return result
  }
}
