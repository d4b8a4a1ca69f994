/// The runtime side of the `match` statement: the tests behind
/// MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS, after
/// CPython 3.11's ceval.c (`match_keys`, `match_class`).
extension VM {
  /// Whether a sequence pattern may match `v`: CPython checks the type
  /// flag Py_TPFLAGS_SEQUENCE, which list, tuple, range, memoryview,
  /// collections.deque and their subclasses carry (str and bytes do not).
  func matchesSequencePattern(_ v: Value) -> Bool {
    for t in v.type.mro {
      if t === BuiltinTypes.list || t === BuiltinTypes.tuple || t === BuiltinTypes.range {
        return true
      }
      if t.name == "deque" && t.module == "collections" { return true }
    }
    return false
  }

  /// Whether a mapping pattern may match `v` (Py_TPFLAGS_MAPPING: dict and
  /// its subclasses, such as OrderedDict, defaultdict and Counter).
  func matchesMappingPattern(_ v: Value) -> Bool {
    v.type.isSubtype(of: BuiltinTypes.dict)
  }

  /// The values of `keys` in `subject`, looked up with `subject.get`, or
  /// nil when one is missing (CPython's `match_keys`).
  func matchKeys(_ subject: Value, _ keys: Value) throws(PyException) -> Value {
    guard let keyTuple = keys.as(PyTuple.self) else { return .none }
    if keyTuple.items.isEmpty { return .object(PyTuple.empty) }
    let seen = PySet()
    var values: [Value] = []
    values.reserveCapacity(keyTuple.items.count)
    let exactDict = subject.as(PyDict.self).flatMap { $0.type === BuiltinTypes.dict ? $0 : nil }
    let getMethod = exactDict == nil ? try getAttribute(subject, PyStr.intern("get")) : .none
    let missing = Value.object(PyInstance(type: BuiltinTypes.object))
    for key in keyTuple.items {
      if try seen.contains(key, vm: self) {
        throw PyException(
          type: BuiltinTypes.valueError,
          message: "mapping pattern checks duplicate key (\(try repr(key)))")
      }
      try seen.add(key, vm: self)
      if let dict = exactDict {
        guard let value = try dict.get(key, vm: self) else { return .none }
        values.append(value)
      } else {
        let value = try call(getMethod, [key, missing])
        if value.isIdentical(to: missing) { return .none }
        values.append(value)
      }
    }
    return .object(PyTuple(values))
  }

  /// The attributes a class pattern `cls(p1, ..., name=q, ...)` matches
  /// against, as a tuple, or None when `subject` is not a `cls` or lacks
  /// one of them (CPython's `match_class`).
  func matchClass(_ subject: Value, _ cls: Value, positional count: Int, names: Value) throws(PyException) -> Value {
    guard let type = cls.as(PyType.self) else {
      throw PyException.typeError("called match pattern must be a type")
    }
    guard try isInstance(subject, cls) else { return .none }
    var seen: Set<String> = []
    var attributes: [Value] = []
    if count > 0 {
      var matchSelf = false
      var matchArgs: [Value] = []
      if let declared = try getAttributeIfPresent(cls, PyStr.intern("__match_args__")) {
        guard let tuple = declared.as(PyTuple.self), declared.type === BuiltinTypes.tuple else {
          throw PyException.typeError(
            "\(type.name).__match_args__ must be a tuple (got \(declared.typeName))")
        }
        matchArgs = tuple.items
      } else {
        // Builtins such as int and str match their own value positionally,
        // unless a subclass declares __match_args__ (_Py_TPFLAGS_MATCH_SELF).
        matchSelf = type.mro.contains { Self.matchSelfTypes.contains(ObjectIdentifier($0)) }
      }
      let allowed = matchSelf ? 1 : matchArgs.count
      if allowed < count {
        throw PyException.typeError(
          "\(type.name)() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s")"
            + " (\(count) given)")
      }
      if matchSelf {
        attributes.append(subject)
      } else {
        for name in matchArgs.prefix(count) {
          guard let string = name.asStr, name.type === BuiltinTypes.str else {
            throw PyException.typeError("__match_args__ elements must be strings (got \(name.typeName))")
          }
          guard let value = try matchClassAttribute(subject, type, string, &seen) else { return .none }
          attributes.append(value)
        }
      }
    }
    for name in names.as(PyTuple.self)?.items ?? [] {
      guard let string = name.asStr else { continue }
      guard let value = try matchClassAttribute(subject, type, string, &seen) else { return .none }
      attributes.append(value)
    }
    return .object(PyTuple(attributes))
  }

  private func matchClassAttribute(
    _ subject: Value, _ type: PyType, _ name: PyStr, _ seen: inout Set<String>
  ) throws(PyException) -> Value? {
    if !seen.insert(name.value).inserted {
      throw PyException.typeError(
        "\(type.name)() got multiple sub-patterns for attribute \(try repr(.object(name)))")
    }
    return try getAttributeIfPresent(subject, name)
  }

  /// The builtin types whose instances a single positional sub-pattern
  /// matches whole: `case int(n)`, `case str(s)`.
  private static let matchSelfTypes: Set<ObjectIdentifier> = [
    ObjectIdentifier(BuiltinTypes.bool), ObjectIdentifier(BuiltinTypes.bytes),
    ObjectIdentifier(BuiltinTypes.dict), ObjectIdentifier(BuiltinTypes.float),
    ObjectIdentifier(BuiltinTypes.frozenset), ObjectIdentifier(BuiltinTypes.int),
    ObjectIdentifier(BuiltinTypes.list), ObjectIdentifier(BuiltinTypes.set),
    ObjectIdentifier(BuiltinTypes.str), ObjectIdentifier(BuiltinTypes.tuple),
  ]
}
