/// `__slots__`: a class that lists its instance attributes gets one member
/// descriptor per name and, unless `__dict__` is listed (or a base class
/// has one), instances without a `__dict__` (CPython's type_new slot
/// handling in Objects/typeobject.c).
///
/// The values live in the instance's `slotValues`, keyed by the (mangled)
/// slot name, apart from any `__dict__`; only the descriptors reach them.
extension VM {
  /// The slot names a class statement's `__slots__` declares, checked as
  /// CPython checks them, or nil when there is no `__slots__`.
  func declaredSlots(_ namespace: PyDict, className: String) throws(PyException) -> [String]? {
    guard let declared = namespace.getString(PyStr.intern("__slots__")) else { return nil }
    let items: [Value]
    if declared.asStr != nil {
      items = [declared]
    } else {
      items = try iterate(declared)
    }
    var names: [String] = []
    for item in items {
      guard let name = item.asStr?.value else {
        throw PyException.typeError("__slots__ items must be strings, not '\(item.typeName)'")
      }
      guard isIdentifier(name) else {
        throw PyException.typeError("__slots__ must be identifiers")
      }
      names.append(mangledSlotName(name, className: className))
    }
    for name in names where name != "__dict__" && name != "__weakref__" {
      if namespace.getString(PyStr.intern(name)) != nil {
        throw PyException.valueError("'\(name)' in __slots__ conflicts with class variable")
      }
    }
    return names
  }

  /// Adds the member descriptors for `slots` to a new class.
  func installSlots(_ slots: [String], on cls: PyType, bases: [PyType]) throws(PyException) {
    let baseHasDict = bases.contains { !$0.isBuiltin && $0.instancesHaveDict }
    if slots.contains("__dict__") && baseHasDict {
      throw PyException.typeError("__dict__ slot disallowed: we already got one")
    }
    cls.instancesHaveDict = baseHasDict || slots.contains("__dict__")
    for name in slots where name != "__dict__" && name != "__weakref__" {
      let key = PyStr.intern(name)
      let member = PyGetSetDescriptor(
        name: name, owner: cls,
        get: { (vm: VM, v: Value) throws(PyException) -> Value in
          guard let instance = v.as(PyInstance.self), let value = instance.slotValues?.getString(key) else {
            throw PyException.attributeError("'\(v.typeName)' object has no attribute '\(name)'")
          }
          return value
        },
        set: { (vm: VM, v: Value, new: Value) throws(PyException) in
          guard let instance = v.as(PyInstance.self) else {
            throw PyException.typeError(
              "descriptor '\(name)' for '\(cls.name)' objects doesn't apply to a '\(v.typeName)' object")
          }
          if instance.slotValues == nil { instance.slotValues = PyDict() }
          instance.slotValues?.setString(key, new)
        })
      member.delete = { (vm: VM, v: Value) throws(PyException) in
        guard let instance = v.as(PyInstance.self), instance.slotValues?.removeString(key) != nil else {
          throw PyException.attributeError(name)
        }
      }
      cls.dict.setString(key, .object(member))
    }
  }

  private func mangledSlotName(_ name: String, className: String) -> String {
    guard name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
    let stripped = className.drop { $0 == "_" }
    if stripped.isEmpty { return name }
    return "_" + stripped + name
  }

  private func isIdentifier(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first else { return false }
    if !(first == "_" || first.properties.isXIDStart) { return false }
    return name.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
  }
}
