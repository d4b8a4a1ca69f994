/// Attribute access: CPython's `PyObject_GenericGetAttr` and
/// `type_getattro`, with descriptors (functions bind to instances,
/// `property`, `classmethod`, `staticmethod`, builtin getters).
extension VM {
  func getAttribute(_ v: Value, _ name: PyStr) throws(PyException) -> Value {
    if case .object(let o) = v {
      if let t = o as? PyType { return try typeAttribute(t, name) }
      if let s = o as? PySuper { return try superAttribute(s, name) }
      if let m = o as? PyModule {
        if let value = m.dict.getString(name) { return value }
        // The module type's own attributes: `__dict__`, `__class__`...
        if let d = o.type.lookup(name), let gs = d.as(PyGetSetDescriptor.self) { return try gs.get(self, v) }
        if let getattr = m.dict.getString(Names.getattr) {
          return try call(getattr, [.object(name)])
        }
        throw attributeError(v, name, "module '\(m.name)' has no attribute '\(name.value)'")
      }
      if let custom = o.type.userGetattribute { return try userAttribute(v, custom, name) }
      return try genericAttribute(v, o.type, o.instanceDict, name)
    }
    return try genericAttribute(v, v.type, nil, name)
  }

  /// A class's own `__getattribute__`, with `__getattr__` as the fallback
  /// when it raises AttributeError (CPython's slot_tp_getattr_hook).
  private func userAttribute(_ v: Value, _ getattribute: Value, _ name: PyStr) throws(PyException) -> Value {
    do throws(PyException) {
      return try callMethod(getattribute, v, [.object(name)])
    } catch {
      guard error.isInstance(of: BuiltinTypes.attributeError),
        let getattr = v.type.lookup(Names.getattr)
      else { throw error }
      return try callMethod(getattr, v, [.object(name)])
    }
  }

  /// `getattr(obj, name, default)`: nil instead of AttributeError.
  ///
  /// As CPython's `_PyObject_LookupAttr`, the generic lookup reports a
  /// missing attribute without making an AttributeError at all: `hasattr`
  /// and `getattr` with a default are common, and an exception (message,
  /// attributes, traceback) costs far more than the look-up.
  func getAttributeIfPresent(_ v: Value, _ name: PyStr) throws(PyException) -> Value? {
    do throws(PyException) {
      if case .object(let o) = v {
        if o is PyType || o is PySuper || o is PyModule || o.type.userGetattribute != nil {
          return try getAttribute(v, name)
        }
        return try genericAttributeIfPresent(v, o.type, o.instanceDict, name)
      }
      return try genericAttributeIfPresent(v, v.type, nil, name)
    } catch {
      if error.isInstance(of: BuiltinTypes.attributeError) { return nil }
      throw error
    }
  }

  /// `object.__getattribute__(v, name)`: the generic lookup, without a
  /// class's own `__getattribute__` or `__getattr__`.
  func objectGetAttribute(_ v: Value, _ name: PyStr) throws(PyException) -> Value {
    if case .object(let o) = v {
      if o is PyType || o is PySuper || o is PyModule { return try getAttribute(v, name) }
      return try genericAttribute(v, o.type, o.instanceDict, name, useGetattr: false)
    }
    return try genericAttribute(v, v.type, nil, name, useGetattr: false)
  }

  private func genericAttribute(
    _ v: Value, _ type: PyType, _ dict: PyDict?, _ name: PyStr, useGetattr: Bool = true
  ) throws(PyException) -> Value {
    if let found = try genericAttributeIfPresent(v, type, dict, name, useGetattr: useGetattr) { return found }
    throw attributeError(v, name, "'\(type.name)' object has no attribute '\(name.value)'")
  }

  /// The generic look-up (data descriptors, then the instance dict, then
  /// other class attributes, then `__getattr__`); nil when nothing has the
  /// name. Errors raised by descriptors and `__getattr__` propagate.
  private func genericAttributeIfPresent(
    _ v: Value, _ type: PyType, _ dict: PyDict?, _ name: PyStr, useGetattr: Bool = true
  ) throws(PyException) -> Value? {
    let descriptor = type.lookup(name)
    if let d = descriptor, isDataDescriptor(d) {
      return try bindDescriptor(d, instance: v, owner: type)
    }
    if let dict, let value = dict.getString(name) {
      return value
    }
    if let d = descriptor {
      return try bindDescriptor(d, instance: v, owner: type)
    }
    if useGetattr, !type.isBuiltin, let getattr = type.lookup(Names.getattr) {
      return try callMethod(getattr, v, [.object(name)])
    }
    return nil
  }

  private func typeAttribute(_ t: PyType, _ name: PyStr) throws(PyException) -> Value {
    let meta = t.type
    let metaDescriptor = meta.lookup(name)
    if let d = metaDescriptor, isDataDescriptor(d) {
      return try bindDescriptor(d, instance: .object(t), owner: meta)
    }
    if let attr = t.lookup(name) {
      if case .object(let o) = attr {
        if let cm = o as? PyClassMethod {
          return bindClassMethod(cm, to: t)
        }
        if let sm = o as? PyStaticMethod { return sm.function }
        if let gs = o as? PyGetSetDescriptor, gs.owner === BuiltinTypes.type {
          return try gs.get(self, .object(t))
        }
      }
      return attr
    }
    if let d = metaDescriptor {
      return try bindDescriptor(d, instance: .object(t), owner: meta)
    }
    throw attributeError(.object(t), name, "type object '\(t.name)' has no attribute '\(name.value)'")
  }

  private func superAttribute(_ s: PySuper, _ name: PyStr) throws(PyException) -> Value {
    let mro = s.lookupType.mro
    if let i = mro.firstIndex(where: { $0 === s.startType }) {
      for t in mro[(i + 1)...] {
        guard let v = t.dict.getString(name) else { continue }
        guard case .object(let o) = v else { return v }
        // super() in a class method (the object is a subclass of the start
        // type); in a metaclass's method the class is an instance and binds.
        let objectIsClass = s.object.as(PyType.self)?.isSubtype(of: s.startType) ?? false
        if o is PyFunction {
          return objectIsClass ? v : .object(PyBoundMethod(function: v, selfValue: s.object))
        }
        if let m = o as? PyMethodDescriptor { return objectIsClass ? v : .object(m.bind(s.object)) }
        if let cm = o as? PyClassMethod {
          return .object(PyBoundMethod(function: cm.function, selfValue: .object(s.lookupType)))
        }
        if let sm = o as? PyStaticMethod { return sm.function }
        if let p = o as? PyProperty, !objectIsClass { return try call(p.getter, [s.object]) }
        if let gs = o as? PyGetSetDescriptor, !objectIsClass { return try gs.get(self, s.object) }
        return v
      }
    }
    switch name.value {
    case "__self__": return s.object
    case "__thisclass__": return .object(s.startType)
    case "__class__": return .object(BuiltinTypes.superType)
    default:
      throw attributeError(.object(s), name, "'super' object has no attribute '\(name.value)'")
    }
  }

  /// A class method bound to its class: a builtin one becomes a builtin
  /// method of the type (`<built-in method fromkeys of type object>`),
  /// a Python one a bound method.
  private func bindClassMethod(_ cm: PyClassMethod, to t: PyType) -> Value {
    if let b = cm.function.as(PyBuiltinFunction.self) {
      return .object(PyBuiltinFunction(name: b.name, boundTo: .object(t), ownerTypeName: "type") {
        (vm: VM, args: Args) throws(PyException) -> Value in
        try Args.with([.object(t)] + args.values, keywordNames: args.keywordNames) { (a: Args) throws(PyException) -> Value in
          try b.call(vm, a)
        }
      })
    }
    return .object(PyBoundMethod(function: cm.function, selfValue: .object(t)))
  }

  func attributeError(_ obj: Value, _ name: PyStr, _ message: String) -> PyException {
    let e = PyException.attributeError(message)
    e.attributeDict.setString(VM.nameAttribute, .object(name))
    e.attributeDict.setString(VM.objAttribute, obj)
    return e
  }
  private static let nameAttribute = PyStr.intern("name")
  private static let objAttribute = PyStr.intern("obj")

  /// Whether an instance's own dict decides `obj.name` (load and store)
  /// for a class whose attribute `name` is `classAttribute`: when there is
  /// none, or it is a plain value or a non-data descriptor (a method, a
  /// class attribute default such as `count = 0`). A data descriptor
  /// (property, `__set__`/`__delete__`) comes before the instance dict.
  /// The attribute caches rely on it while no type changes.
  static func instanceDictComesFirst(_ classAttribute: Value?) -> Bool {
    guard let classAttribute, case .object(let o) = classAttribute else { return true }
    switch o {
    case is PyFunction, is PyMethodDescriptor, is PyBuiltinFunction, is PyStaticMethod, is PyClassMethod,
      is PyStr, is PyTuple, is PyList, is PyDict, is PyBigInt:
      return true
    case is PyInstance:
      return o.type.lookup(Names.set) == nil && o.type.lookup(Names.delete) == nil
    default:
      return false
    }
  }

  private func isDataDescriptor(_ d: Value) -> Bool {
    guard case .object(let o) = d else { return false }
    if o is PyProperty || o is PyGetSetDescriptor { return true }
    if o is PyInstance, o.type.lookup(Names.set) != nil { return true }
    return false
  }

  /// What a class attribute becomes when read through an instance.
  func bindDescriptor(_ d: Value, instance: Value, owner: PyType) throws(PyException) -> Value {
    guard case .object(let o) = d else { return d }
    if o is PyFunction {
      return .object(PyBoundMethod(function: d, selfValue: instance))
    }
    if let m = o as? PyMethodDescriptor {
      return .object(m.bind(instance))
    }
    if let gs = o as? PyGetSetDescriptor {
      return try gs.get(self, instance)
    }
    if let p = o as? PyProperty {
      if p.getter.isNone {
        throw PyException.attributeError("property object has no getter")
      }
      return try call(p.getter, [instance])
    }
    if let cm = o as? PyClassMethod {
      return bindClassMethod(cm, to: owner)
    }
    if let sm = o as? PyStaticMethod {
      return sm.function
    }
    if o is PyInstance, let get = o.type.lookup(Names.get) {
      return try callMethod(get, d, [instance, .object(owner)])
    }
    return d
  }

  /// `obj.name(...)` without a bound method: `(function, obj)` when the
  /// attribute is a plain method of the type, else `(attribute, NULL)`.
  @inline(__always)
  func loadMethod(_ v: Value, _ name: PyStr) throws(PyException) -> (Value, Value) {
    if case .object(let o) = v {
      // Objects whose attribute lookup is not the generic one bind
      // methods themselves (CPython's _PyObject_GetMethod does the same).
      if o is PyType || o is PyModule || o is PySuper || o.type.userGetattribute != nil {
        return (try getAttribute(v, name), .null)
      }
      let type = o.type
      if let descriptor = type.lookup(name), case .object(let d) = descriptor,
        d is PyFunction || d is PyMethodDescriptor
      {
        if let dict = o.instanceDict, dict.getString(name) != nil {
          return (try getAttribute(v, name), .null)
        }
        return (descriptor, v)
      }
      return (try getAttribute(v, name), .null)
    }
    if let descriptor = v.type.lookup(name), case .object(let d) = descriptor, d is PyMethodDescriptor {
      return (descriptor, v)
    }
    return (try getAttribute(v, name), .null)
  }

  /// The method a `loadMethod` instruction's cache holds for `objRef`'s
  /// type, when it applies (same type and type version, and the instance's
  /// dict does not shadow the name); nil sends the caller the slow way.
  @inline(__always)
  func cachedMethod(
    _ objRef: Unmanaged<PyObject>, _ code: Unmanaged<PyCode>, _ instruction: Int, _ nameIndex: Int
  ) -> Unmanaged<PyObject>? {
    // An entry was stored only when the type had no __getattribute__ of
    // its own, which cannot change without changing PyType.version.
    // (What is needed of `code` is read first: the closure below makes
    // calls the optimizer cannot see into, across which a captured `code`
    // would be retained.)
    let (entry, name) = code._withUnsafeGuaranteedRef { code in
      (code.methodCache + instruction, code.namesPointer[nameIndex])
    }
    return objRef._withUnsafeGuaranteedRef { o in
      guard entry.pointee.type == o.typeIdentity, entry.pointee.version == PyType.version,
        let method = entry.pointee.method
      else { return nil }
      if name._withUnsafeGuaranteedRef({ o.instanceDictContains($0) }) { return nil }
      return method
    }
  }

  /// `loadMethod` when `cachedMethod` had nothing: looks the method up and
  /// fills the instruction's cache, which holds it while no type changes.
  func loadMethodCached(_ v: Value, _ code: PyCode, _ instruction: Int, _ nameIndex: Int) throws(PyException) -> (Value, Value) {
    guard case .object(let o) = v, !(o is PyType), !(o is PyModule), !(o is PySuper) else {
      return try loadMethod(v, code.name(nameIndex))
    }
    // The dispatch loop has tried the cache (`cachedMethod`) already.
    let type = o.type
    let entry = code.methodCache + instruction
    let name = code.name(nameIndex)
    if type.userGetattribute != nil { return try loadMethod(v, name) }
    if let descriptor = type.lookup(name), case .object(let d) = descriptor,
      d is PyFunction || d is PyMethodDescriptor
    {
      entry.pointee = MethodCacheEntry(
        type: ObjectIdentifier(type), version: PyType.version, method: Unmanaged.passUnretained(d))
      if let dict = o.instanceDict, dict.getString(name) != nil {
        return (try getAttribute(v, name), .null)
      }
      return (descriptor, v)
    }
    return (try getAttribute(v, name), .null)
  }

  /// `obj.name` in bytecode. For an instance of a user class whose type
  /// (along its MRO) has nothing called `name` and no `__getattribute__`,
  /// the instruction's cache slot remembers that (type, version), so the
  /// next load looks in the instance's dictionary only: no MRO walk.
  /// (A slot of a `loadAttr` instruction stores no method: `method` nil
  /// with a matching type means "no class attribute".)
  func loadAttributeCached(_ v: Value, _ code: PyCode, _ instruction: Int, _ nameIndex: Int) throws(PyException) -> Value {
    let name = code.name(nameIndex)
    guard case .object(let o) = v, let instance = o as? PyInstance else { return try getAttribute(v, name) }
    let type = instance.instanceType
    let entry = code.methodCache + instruction
    if entry.pointee.type == ObjectIdentifier(type) && entry.pointee.version == PyType.version {
      if let dict = instance.instanceDict {
        if let value = dict.value(at: entry.pointee.index, ifKeyIs: name) { return value }
        if let i = dict.indexOfString(name) {
          entry.pointee.index = i
          return dict.value(at: i)
        }
      }
      return try getAttribute(v, name)
    }
    if type.userGetattribute == nil && VM.instanceDictComesFirst(type.lookup(name)) {
      entry.pointee = MethodCacheEntry(type: ObjectIdentifier(type), version: PyType.version, method: nil)
    }
    return try getAttribute(v, name)
  }

  /// The instance attribute a `loadAttr` cache entry points at, read in
  /// place: the dispatch loop's fast path, for an instance whose type the
  /// entry has seen without a class attribute of that name (nil sends the
  /// caller to `loadAttributeCached`).
  @inline(__always)
  static func cachedInstanceAttribute(
    _ instance: PyInstance, _ code: PyCode, _ instruction: Int, _ nameIndex: Int
  ) -> Value? {
    guard let entry = instanceDictEntry(instance, code, instruction) else { return nil }
    let dict = instance.dict
    let nameRef = code.namesPointer[nameIndex]
    if let v = dict.value(at: entry.pointee.index, ifKeyIsIdentical: nameRef) { return v }
    // Elsewhere in this instance's dict (attributes set in another order):
    // remember where, for the next instance.
    guard let i = nameRef._withUnsafeGuaranteedRef({ dict.indexOfString($0) }) else { return nil }
    entry.pointee.index = i
    return dict.value(at: i)
  }

  /// The cache entry of a `loadAttr`/`storeAttr` instruction when it says
  /// that, for `instance`'s type as it is now, the instance's dict decides
  /// the attribute; nil otherwise.
  @inline(__always)
  private static func instanceDictEntry(
    _ instance: PyInstance, _ code: PyCode, _ instruction: Int
  ) -> UnsafeMutablePointer<MethodCacheEntry>? {
    let entry = code.methodCache + instruction
    guard entry.pointee.type == ObjectIdentifier(instance.instanceType), entry.pointee.version == PyType.version,
      entry.pointee.method == nil, instance.instanceType.instancesHaveDict
    else { return nil }
    return entry
  }

  /// The store counterpart of `cachedInstanceAttribute`: moves the value
  /// at `value` into the instance's dictionary entry the cache points at,
  /// and says whether it did.
  @inline(__always)
  static func storeCachedInstanceAttribute(
    _ instance: PyInstance, _ value: UnsafeMutablePointer<Value>, _ code: PyCode, _ instruction: Int,
    _ nameIndex: Int
  ) -> Bool {
    guard let entry = instanceDictEntry(instance, code, instruction) else { return false }
    let dict = instance.dict
    let nameRef = code.namesPointer[nameIndex]
    if dict.moveValue(from: value, at: entry.pointee.index, ifKeyIsIdentical: nameRef) { return true }
    // A new attribute (as in `__init__`), or one elsewhere in the dict: the
    // type has no class attribute of that name, so the instance dict is
    // where it goes either way.
    nameRef._withUnsafeGuaranteedRef { dict.setString($0, value.move()) }
    // A new attribute is the last entry: the next instance's will be too.
    if let last = dict.lastEntryIndex(ifKeyIsIdentical: nameRef) { entry.pointee.index = last }
    return true
  }

  /// `obj.name = value` for the `storeAttr` at `instruction`, with the same
  /// kind of cache as `loadAttributeCached`: once an instance's type (along
  /// its MRO) is known to have nothing called `name` and no `__setattr__`,
  /// stores of that type go straight to the instance's dictionary, without
  /// the MRO walk that looks for a data descriptor.
  func storeAttributeCached(
    _ v: Value, _ value: consuming Value, _ code: PyCode, _ instruction: Int, _ nameIndex: Int
  ) throws(PyException) {
    let name = code.name(nameIndex)
    guard case .object(let o) = v, let instance = o as? PyInstance else {
      return try setAttribute(v, name, value)
    }
    let type = instance.instanceType
    let entry = code.methodCache + instruction
    if entry.pointee.type == ObjectIdentifier(type) && entry.pointee.version == PyType.version,
      let dict = instance.instanceDict
    {
      if dict.setValue(at: entry.pointee.index, ifKeyIs: name, value) { return }
      dict.setString(name, value)
      // A new attribute is the last entry (the usual case in __init__).
      if let last = dict.lastEntryIndex(ifKeyIsIdentical: Unmanaged.passUnretained(name)) {
        entry.pointee.index = last
      }
      return
    }
    if type.userSetattr == nil && VM.instanceDictComesFirst(type.lookup(name)) {
      entry.pointee = MethodCacheEntry(type: ObjectIdentifier(type), version: PyType.version, method: nil)
    }
    try setAttribute(v, name, value)
  }

  /// Calls a method found on a type with `selfValue` first.
  func callMethod(_ method: Value, _ selfValue: Value, _ args: [Value]) throws(PyException) -> Value {
    if let fn = method.as(PyFunction.self) {
      return try Args.with(args) { (a: Args) throws(PyException) -> Value in
        switch try callFunction(fn, selfValue: selfValue, a) {
        case .value(let v): return v
        case .frame(let f):
          switch try run(f) {
          case .returned(let v): return v
          case .yielded: throw PyException.systemError("function frame yielded")
          }
        }
      }
    }
    if let m = method.as(PyMethodDescriptor.self) {
      return try Args.with(args) { (a: Args) throws(PyException) -> Value in try m.fn(self, selfValue, a) }
    }
    if let cm = method.as(PyClassMethod.self) {
      return try call(cm.function, [.object(selfValue.type)] + args)
    }
    if let sm = method.as(PyStaticMethod.self) {
      return try call(sm.function, args)
    }
    return try call(method, [selfValue] + args)
  }

  /// Looks up a special method (`__len__`, `__eq__`...) on the type, as
  /// CPython's slots do: never in the instance dict.
  @inline(__always)
  func specialMethod(_ v: Value, _ name: String) -> Value? {
    let type = v.type
    if type.isBuiltin && !(v.asObject is PyInstance) { return type.lookup(PyStr.intern(name)) }
    return type.lookup(PyStr.intern(name))
  }

  // MARK: - Setting and deleting

  func setAttribute(_ v: Value, _ name: PyStr, _ value: Value) throws(PyException) {
    guard case .object(let o) = v else {
      throw attributeError(v, name, "'\(v.typeName)' object has no attribute '\(name.value)'")
    }
    if let t = o as? PyType {
      if let hook = metaclassHook(t, Names.setattr) {
        _ = try callMethod(hook, v, [.object(name), value])
        return
      }
      try setTypeAttribute(v, name, value)
      return
    }
    let type = o.type
    if let setattr = type.userSetattr {
      _ = try callMethod(setattr, v, [.object(name), value])
      return
    }
    if let d = type.lookup(name), case .object(let descr) = d {
      if let p = descr as? PyProperty {
        if p.setter.isNone {
          throw PyException.attributeError(
            "property '\(name.value)' of '\(type.name)' object has no setter")
        }
        _ = try call(p.setter, [v, value])
        return
      }
      if let gs = descr as? PyGetSetDescriptor {
        guard let set = gs.set else {
          throw PyException.attributeError(
            "attribute '\(name.value)' of '\(type.name)' objects is not writable")
        }
        try set(self, v, value)
        return
      }
      if descr is PyInstance, let set = descr.type.lookup(Names.set) {
        _ = try callMethod(set, d, [v, value])
        return
      }
    }
    guard let dict = o.instanceDict else {
      if type.lookup(name) != nil {
        throw PyException.attributeError(
          "'\(type.name)' object attribute '\(name.value)' is read-only")
      }
      throw attributeError(v, name, "'\(type.name)' object has no attribute '\(name.value)'")
    }
    dict.setString(name, value)
  }

  func deleteAttribute(_ v: Value, _ name: PyStr) throws(PyException) {
    guard case .object(let o) = v else {
      throw attributeError(v, name, "'\(v.typeName)' object has no attribute '\(name.value)'")
    }
    if let t = o as? PyType {
      if let hook = metaclassHook(t, Names.delattr) {
        _ = try callMethod(hook, v, [.object(name)])
        return
      }
      try deleteTypeAttribute(v, name)
      return
    }
    let type = o.type
    if !type.isBuiltin, let delattr = type.lookup(Names.delattr),
      delattr.as(PyFunction.self) != nil
    {
      _ = try callMethod(delattr, v, [.object(name)])
      return
    }
    if let d = type.lookup(name), let member = d.as(PyGetSetDescriptor.self), let delete = member.delete {
      try delete(self, v)
      return
    }
    if let d = type.lookup(name), let p = d.as(PyProperty.self) {
      if p.deleter.isNone {
        throw PyException.attributeError(
          "property '\(name.value)' of '\(type.name)' object has no deleter")
      }
      _ = try call(p.deleter, [v])
      return
    }
    guard let dict = o.instanceDict, dict.removeString(name) != nil else {
      throw attributeError(v, name, "'\(type.name)' object has no attribute '\(name.value)'")
    }
  }
}

extension VM {
  /// `type.__setattr__`: sets a class attribute (builtin types are immutable).
  func setTypeAttribute(_ v: Value, _ name: PyStr, _ value: Value) throws(PyException) {
    guard let t = v.as(PyType.self) else {
      throw PyException.typeError("descriptor '__setattr__' requires a 'type' object but received a '\(v.typeName)'")
    }
    if t.isBuiltin {
      throw PyException.typeError("cannot set '\(name.value)' attribute of immutable type '\(t.name)'")
    }
    if name.value == "__del__" {
      interpreter.classesWithFinalizers = true
      PyInstance.finalizersExist = true
    }
    t.setAttribute(name, value)
  }

  /// `type.__delattr__`.
  func deleteTypeAttribute(_ v: Value, _ name: PyStr) throws(PyException) {
    guard let t = v.as(PyType.self) else {
      throw PyException.typeError("descriptor '__delattr__' requires a 'type' object but received a '\(v.typeName)'")
    }
    if t.isBuiltin || !t.deleteAttribute(name) {
      throw attributeError(v, name, "type object '\(t.name)' has no attribute '\(name.value)'")
    }
  }

  /// A hook written in Python on the class's metaclass (`__setattr__`,
  /// `__delattr__`, `__call__`, `__instancecheck__`...), which CPython's
  /// type slots call instead of type's own behaviour; nil for none (and
  /// at once for a class whose metaclass is `type`).
  func metaclassHook(_ t: PyType, _ name: PyStr) -> Value? {
    guard let meta = t.metaclass, let hook = meta.lookup(name), hook.as(PyFunction.self) != nil else { return nil }
    return hook
  }
}
