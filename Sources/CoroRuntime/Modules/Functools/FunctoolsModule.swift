// `functools`: reduce, partial, wraps/update_wrapper, lru_cache/cache,
// total_ordering, cmp_to_key and cached_property, after Lib/functools.py
// and Modules/_functoolsmodule.c.

enum FunctoolsModule {
  static let assignments = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]
  static let updates = ["__dict__"]

  static func make(_ vm: VM) throws(PyException) -> PyModule {
    let updateWrapperFunction = PyBuiltinFunction(name: "update_wrapper", updateWrapper)
    let m = ModuleRegistry.module(
      "functools",
      [
        ("reduce", reduce),
        ("lru_cache", FunctoolsTypes.lruCache),
        (
          "cache",
          { (vm: VM, args: Args) throws(PyException) -> Value in
            try FunctoolsTypes.makeCacheWrapper(
              vm, try args.one("cache"), maxsize: nil, typed: false)
          }
        ),
        (
          "wraps",
          { (vm: VM, args: Args) throws(PyException) -> Value in
            let b = try args.bind("wraps", ["wrapped", "assigned", "updated"], required: 1)
            var keywords: [(String, Value)] = [("wrapped", b[0] ?? .none)]
            if let a = b[1] { keywords.append(("assigned", a)) }
            if let u = b[2] { keywords.append(("updated", u)) }
            return .object(
              try FunctoolsTypes.makePartial(vm, .object(updateWrapperFunction), [], keywords))
          }
        ),
        ("total_ordering", totalOrdering),
        (
          "cmp_to_key",
          { (vm: VM, args: Args) throws(PyException) -> Value in
            let b = try args.bind("cmp_to_key", ["mycmp"], required: 1)
            let key = PyInstance(type: FunctoolsTypes.keyWrapper)
            key.dict.setString(FunctoolsTypes.comparatorKey, b[0] ?? .none)
            return .object(key)
          }
        ),
      ])
    m.dict.setString("update_wrapper", .object(updateWrapperFunction))
    m.dict.setString("partial", .object(FunctoolsTypes.partial))
    m.dict.setString("cached_property", .object(FunctoolsTypes.cachedProperty))
    m.dict.setString("WRAPPER_ASSIGNMENTS", .tuple(assignments.map { .str($0) }))
    m.dict.setString("WRAPPER_UPDATES", .tuple(updates.map { .str($0) }))
    return m
  }

  /// `reduce(function, iterable[, initial])`.
  private static func reduce(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("reduce", 2, 3)
    let it: Value
    do throws(PyException) {
      it = try vm.getIterator(a[1])
    } catch {
      if error.isInstance(of: BuiltinTypes.typeError) {
        throw PyException.typeError("reduce() arg 2 must support iteration")
      }
      throw error
    }
    var accumulator: Value? = a.count == 3 ? a[2] : nil
    while let item = try vm.nextValue(it) {
      if let acc = accumulator {
        accumulator = try vm.call(a[0], [acc, item])
      } else {
        accumulator = item
      }
    }
    guard let result = accumulator else {
      throw PyException.typeError("reduce() of empty iterable with no initial value")
    }
    return result
  }

  /// `update_wrapper(wrapper, wrapped, assigned=..., updated=...)`.
  private static func updateWrapper(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let b = try args.bind(
      "update_wrapper", ["wrapper", "wrapped", "assigned", "updated"], required: 2)
    guard let wrapper = b[0], let wrapped = b[1] else { return .none }
    let assigned = try b[2].map { (v: Value) throws(PyException) -> [Value] in try vm.iterate(v) }
    let updated = try b[3].map { (v: Value) throws(PyException) -> [Value] in try vm.iterate(v) }
    try updateWrapper(vm, wrapper, wrapped, assigned: assigned, updated: updated)
    return wrapper
  }

  /// Copies `__name__`, `__doc__`... and the `__dict__` of `wrapped` onto
  /// `wrapper`, and sets `__wrapped__`.
  static func updateWrapper(
    _ vm: VM, _ wrapper: Value, _ wrapped: Value, assigned: [Value]? = nil, updated: [Value]? = nil
  ) throws(PyException) {
    for attr in assigned ?? assignments.map({ .str($0) }) {
      guard let name = attr.asStr else {
        throw PyException.typeError("attribute name must be string")
      }
      let key = PyStr.intern(name.value)
      guard let value = try vm.getAttributeIfPresent(wrapped, key) else { continue }
      do throws(PyException) {
        try vm.setAttribute(wrapper, key, value)
      } catch {
        // Coro's functions have no writable __annotations__; CPython's do.
        if name.value == "__annotations__" && error.isInstance(of: BuiltinTypes.attributeError) {
          continue
        }
        throw error
      }
    }
    for attr in updated ?? updates.map({ .str($0) }) {
      guard let name = attr.asStr else {
        throw PyException.typeError("attribute name must be string")
      }
      let key = PyStr.intern(name.value)
      let target = try vm.getAttribute(wrapper, key)
      guard let source = try vm.getAttributeIfPresent(wrapped, key),
        let sourceDict = source.as(PyDict.self)
      else { continue }
      guard let targetDict = target.as(PyDict.self) else {
        throw PyException.attributeError("'\(target.typeName)' object has no attribute 'update'")
      }
      for e in sourceDict.liveEntries {
        if let s = e.key.asStr, s.value == FunctoolsTypes.stateKey.value { continue }
        try targetDict.set(e.key, e.value, vm: vm)
      }
    }
    try vm.setAttribute(wrapper, PyStr.intern("__wrapped__"), wrapped)
  }

  // MARK: - total_ordering

  /// For each root comparison, the other three and how to derive them:
  /// (name, negate the root's result, then combine with `==` (true) or `!=`
  /// (false), or not at all (nil)).
  private static let derivations: [String: [(String, Bool, Bool?)]] = [
    "__lt__": [("__gt__", true, false), ("__le__", false, true), ("__ge__", true, nil)],
    "__le__": [("__ge__", true, true), ("__lt__", false, false), ("__gt__", true, nil)],
    "__gt__": [("__lt__", true, false), ("__ge__", false, true), ("__le__", true, nil)],
    "__ge__": [("__le__", true, true), ("__gt__", false, false), ("__lt__", true, nil)],
  ]

  private static func totalOrdering(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let clsValue = try args.one("total_ordering")
    guard let cls = clsValue.as(PyType.self) else {
      throw PyException.valueError("must define at least one ordering operation: < > <= >=")
    }
    let roots = ["__lt__", "__le__", "__gt__", "__ge__"].filter { cls.lookup($0) != nil }
    guard let root = roots.max() else {
      throw PyException.valueError("must define at least one ordering operation: < > <= >=")
    }
    let rootName = PyStr.intern(root)
    for (name, negate, combine) in derivations[root] ?? [] where !roots.contains(name) {
      let method = PyMethodDescriptor(name: name, owner: cls) {
        (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        let other = try args.one(name)
        guard let rootMethod = selfValue.type.lookup(rootName) else {
          return .object(BuiltinTypes.notImplementedObject)
        }
        let result = try vm.callMethod(rootMethod, selfValue, [other])
        if vm.isNotImplementedValue(result) { return result }
        let truth = try vm.isTrue(result)
        // `not r and self != other`, `r or self == other`, `not r`...
        let base: Value = negate ? .bool(!truth) : result
        guard let useEquality = combine else { return base }
        let baseTruth = negate ? !truth : truth
        if useEquality {
          return baseTruth ? base : try vm.compare(.equal, selfValue, other)
        }
        return baseTruth ? try vm.compare(.notEqual, selfValue, other) : base
      }
      cls.setAttribute(PyStr.intern(name), .object(method))
    }
    return clsValue
  }
}
