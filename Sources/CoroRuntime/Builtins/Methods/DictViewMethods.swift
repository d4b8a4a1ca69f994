/// The methods of `dict_keys`, `dict_values` and `dict_items`, and the
/// read-only `mappingproxy` their `mapping` attribute returns. Length,
/// iteration, `in` and the set operators of views are native.
extension BuiltinTypes {
  /// `types.MappingProxyType`, as `d.keys().mapping` shows it.
  static let mappingProxy = PyType(builtin: "mappingproxy", base: object)

  static func installDictViewMethods() {
    let views = [(dictKeys, "dict_keys"), (dictValues, "dict_values"), (dictItems, "dict_items")]
    for (t, name) in views {
      t.addGetter("mapping") { (vm: VM, v: Value) throws(PyException) -> Value in
        let view = try receiver(v, PyDictView.self, "mapping", "dict_keys")
        return .object(PyMappingProxy(view.dict))
      }
      t.addMethod("__len__") {
        (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        let view = try receiver(selfValue, PyDictView.self, "__len__", "dict_keys")
        try args.wrapper("__len__", 0)
        return .int(view.dict.count)
      }
      t.addMethod("__iter__") {
        (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        _ = try receiver(selfValue, PyDictView.self, "__iter__", "dict_keys")
        try args.wrapper("__iter__", 0)
        return try vm.getIterator(selfValue)
      }
      t.addMethod("__reversed__") {
        (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        let view = try receiver(selfValue, PyDictView.self, "__reversed__", "dict_keys")
        if !args.values.isEmpty { try args.none("\(name).__reversed__") }
        return .object(PyDictIterator(view.dict, kind: view.dictIteratorKind, reversed: true))
      }
    }
    for (t, name) in [(dictKeys, "dict_keys"), (dictItems, "dict_items")] {
      t.addMethod("__contains__") {
        (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        _ = try receiver(selfValue, PyDictView.self, "__contains__", "dict_keys")
        try args.wrapper("__contains__", 1)
        return .bool(try vm.contains(selfValue, args[0]))
      }
      t.addMethod("isdisjoint") {
        (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        let view = try receiver(selfValue, PyDictView.self, "isdisjoint", "dict_keys")
        if args.keywordCount > 0 || args.count != 1 { _ = try args.one("\(name).isdisjoint") }
        return .bool(try vm.dictViewIsDisjoint(view, args[0]))
      }
    }
    installMappingProxyMethods()
  }

  private static func installMappingProxyMethods() {
    let t = mappingProxy
    t.addMethod("__getitem__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let p = try receiver(selfValue, PyMappingProxy.self, "__getitem__", "mappingproxy")
      try args.wrapper("__getitem__", 1)
      return try vm.getItem(.object(p.dict), args[0])
    }
    t.addMethod("__len__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let p = try receiver(selfValue, PyMappingProxy.self, "__len__", "mappingproxy")
      try args.wrapper("__len__", 0)
      return .int(p.dict.count)
    }
    t.addMethod("__iter__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let p = try receiver(selfValue, PyMappingProxy.self, "__iter__", "mappingproxy")
      try args.wrapper("__iter__", 0)
      return .object(PyDictIterator(p.dict, kind: .keys))
    }
    t.addMethod("__contains__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let p = try receiver(selfValue, PyMappingProxy.self, "__contains__", "mappingproxy")
      try args.wrapper("__contains__", 1)
      return .bool(try p.dict.contains(args[0], vm: vm))
    }
    t.addMethod("get") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let p = try receiver(selfValue, PyMappingProxy.self, "get", "mappingproxy")
      try args.positionalOnly("mappingproxy.get", "get", 1, 2)
      if let v = try p.dict.get(args[0], vm: vm) { return v }
      return args.count == 2 ? args[1] : .none
    }
    let kinds: [(String, PyDictView.Kind)] = [
      ("keys", .keys), ("values", .values), ("items", .items),
    ]
    for (name, kind) in kinds {
      t.addMethod(name) { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        let p = try receiver(selfValue, PyMappingProxy.self, "keys", "mappingproxy")
        if !args.values.isEmpty { try args.none("mappingproxy.\(name)") }
        return .object(PyDictView(p.dict, kind: kind))
      }
    }
    t.addMethod("copy") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let p = try receiver(selfValue, PyMappingProxy.self, "copy", "mappingproxy")
      try args.noArguments("mappingproxy.copy")
      return .object(p.dict.copy())
    }
  }
}

/// A read-only view of a dict (`types.MappingProxyType`).
final class PyMappingProxy: PyObject, PyReprCustomizable {
  let dict: PyDict

  init(_ dict: PyDict) {
    self.dict = dict
  }

  override var type: PyType { BuiltinTypes.mappingProxy }

  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    "mappingproxy(\(try vm.repr(.object(dict))))"
  }
}

extension PyDictView {
  /// The iterator kind walking this view.
  var dictIteratorKind: PyDictIterator.Kind {
    switch kind {
    case .keys: return .keys
    case .values: return .values
    case .items: return .items
    }
  }
}

extension VM {
  /// `view.isdisjoint(other)` (dictviews_isdisjoint): walks the smaller
  /// side when both are sets or views, else `other`.
  func dictViewIsDisjoint(_ view: PyDictView, _ other: Value) throws(PyException) -> Bool {
    let selfValue = Value.object(view)
    if case .object(let o) = other, o === view { return view.dict.count == 0 }
    var container = selfValue
    var walked = other
    if case .object(let o) = other,
      o is PySet || (o as? PyDictView).map({ $0.kind != .values }) == true
    {
      if try length(other) > view.dict.count {
        container = other
        walked = selfValue
      }
    }
    let it = try getIterator(walked)
    while let item = try nextValue(it) {
      if try contains(container, item) { return false }
    }
    return true
  }
}
