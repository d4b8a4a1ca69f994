// functools.KeyWrapper (what cmp_to_key returns) and functools.cached_property.
// Both are made as classes a Python program could have written (not builtin
// types), because the VM consults rich comparisons, `__get__` and
// `__set_name__` only on such classes.

import CoroCompiler

extension FunctoolsTypes {
  /// Where a KeyWrapper keeps its comparison function.
  static let comparatorKey = PyStr.intern("\u{0}cmp")

  /// A class as a `class` statement would make it, in module functools.
  private static func pythonClass(_ name: String) -> PyType {
    PyType(
      name: name, qualifiedName: name, module: "functools", bases: [BuiltinTypes.object],
      dict: PyDict(), mro: [BuiltinTypes.object])
  }

  /// `functools.KeyWrapper`: `cmp_to_key(f)` is one, callable to wrap a
  /// value; wrapped values compare by `f(a.obj, b.obj)` against 0.
  static let keyWrapper: PyType = {
    let t = pythonClass("KeyWrapper")
    t.dict.setString(Names.hash, .none)
    t.addMethod("__call__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try args.bind("K", ["obj"], required: 1)
      guard let comparator = v.as(PyInstance.self)?.dict.getString(comparatorKey) else {
        return .none
      }
      let wrapped = PyInstance(type: keyWrapper)
      wrapped.dict.setString(comparatorKey, comparator)
      wrapped.dict.setString("obj", b[0] ?? .none)
      return .object(wrapped)
    }
    let comparisons: [(String, ComparisonOperation)] = [
      ("__lt__", .less), ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual),
      ("__eq__", .equal), ("__ne__", .notEqual),
    ]
    for (name, op) in comparisons {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let other = try args.one(name)
        guard let me = v.as(PyInstance.self), let you = other.as(PyInstance.self),
          you.type === keyWrapper, let comparator = me.dict.getString(comparatorKey)
        else {
          throw PyException.typeError("other argument must be K instance")
        }
        let a = me.dict.getString("obj") ?? .none
        let b = you.dict.getString("obj") ?? .none
        let result = try vm.call(comparator, [a, b])
        return try vm.compare(op, result, .int(0))
      }
    }
    return t
  }()

  /// `functools.cached_property(func)`: computes the attribute once and
  /// stores it in the instance's `__dict__` under the same name.
  static let cachedProperty: PyType = {
    let t = pythonClass("cached_property")
    // A builtin function, not a method descriptor: class instantiation
    // calls it with the new instance first.
    t.dict.setString(
      Names.`init`,
      .object(
        PyBuiltinFunction(name: "__init__") {
          (vm: VM, args: Args) throws(PyException) -> Value in
          let b = try args.bind("cached_property", ["self", "func"], required: 2)
          guard let me = b[0]?.as(PyInstance.self), let function = b[1] else { return .none }
          me.dict.setString("func", function)
          me.dict.setString("attrname", .none)
          me.dict.setString("__doc__", try vm.getAttributeIfPresent(function, Names.doc) ?? .none)
          return .none
        }))
    t.addMethod("__set_name__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let a = try args.positional("__set_name__", 2, 2)
      guard let me = v.as(PyInstance.self) else { return .none }
      let current = me.dict.getString("attrname") ?? .none
      if current.isNone {
        me.dict.setString("attrname", a[1])
      } else if !(try vm.valuesEqual(current, a[1])) {
        throw PyException.typeError(
          "Cannot assign the same cached_property to two different names (\(try vm.repr(current)) and \(try vm.repr(a[1])))."
        )
      }
      return .none
    }
    t.addMethod("__get__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let a = try args.positional("__get__", 1, 2)
      guard let me = v.as(PyInstance.self), !a[0].isNone else { return v }
      guard let name = me.dict.getString("attrname")?.asStr else {
        throw PyException.typeError(
          "Cannot use cached_property instance without calling __set_name__ on it.")
      }
      guard case .object(let o) = a[0], let cache = o.instanceDict else {
        throw PyException.typeError(
          "No '__dict__' attribute on '\(a[0].typeName)' instance to cache '\(name.value)' property."
        )
      }
      if let value = cache.getString(name) { return value }
      let value = try vm.call(me.dict.getString("func") ?? .none, [a[0]])
      cache.setString(PyStr.intern(name.value), value)
      return value
    }
    return t
  }()
}
