/// `BaseExceptionGroup` and `ExceptionGroup` (PEP 654) as CPython 3.11's
/// Objects/exceptions.c has them: construction with its checks and
/// messages, `message`, `exceptions`, `split`, `subgroup`, `derive` and
/// `str()` (`message (N sub-exceptions)`).
///
/// A group keeps its message and sub-exceptions in `PyException.group`,
/// apart from `args` (which hold what the constructor was given, as in
/// CPython: assigning `args` changes neither).
enum ExceptionGroups {
  /// What `split`/`subgroup` (and `except*`) match leaves against.
  enum Matcher {
    /// An exception class or a tuple of them.
    case types(Value)
    /// A callable returning true for the leaves (and groups) to take.
    case predicate(Value)
    /// The leaves that are these very objects (for re-raising in `except*`).
    case identities(Set<ObjectIdentifier>)
  }

  // MARK: - Construction

  /// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
  static func new(_ vm: VM, _ type: PyType, _ args: Args) throws(PyException) -> PyException {
    guard args.count == 2 else {
      throw PyException.typeError(
        "BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.count) given)")
    }
    if args.keywordCount > 0 {
      throw PyException.typeError("\(type.name)() takes no keyword arguments")
    }
    return try make(vm, type, message: args[0], exceptions: args[1])
  }

  /// A new group of class `type` (or ExceptionGroup, when `type` is
  /// BaseExceptionGroup and every member is an Exception).
  static func make(
    _ vm: VM, _ type: PyType, message: Value, exceptions: Value
  ) throws(PyException) -> PyException {
    guard message.asStr != nil else {
      throw PyException.typeError(
        "BaseExceptionGroup.__new__() argument 1 must be str, not \(message.typeName)")
    }
    guard isSequence(exceptions) else {
      throw PyException.typeError("second argument (exceptions) must be a sequence")
    }
    let items = try vm.iterate(exceptions)
    if items.isEmpty {
      throw PyException.valueError("second argument (exceptions) must be a non-empty sequence")
    }
    var nestsBaseExceptions = false
    for (i, item) in items.enumerated() {
      guard let e = item.as(PyException.self) else {
        throw PyException.valueError(
          "Item \(i) of second argument (exceptions) is not an exception")
      }
      if !e.isInstance(of: BuiltinTypes.exception) { nestsBaseExceptions = true }
    }
    var cls = type
    if type === BuiltinTypes.exceptionGroup {
      if nestsBaseExceptions {
        throw PyException.typeError("Cannot nest BaseExceptions in an ExceptionGroup")
      }
    } else if type === BuiltinTypes.baseExceptionGroup {
      if !nestsBaseExceptions { cls = BuiltinTypes.exceptionGroup }
    } else if nestsBaseExceptions && type.isSubtype(of: BuiltinTypes.exception) {
      throw PyException.typeError("Cannot nest BaseExceptions in '\(type.name)'")
    }
    let group = PyException(type: cls, args: [message, exceptions])
    group.group = (message, PyTuple(items))
    return group
  }

  /// `PySequence_Check`: what CPython accepts as the list of exceptions.
  private static func isSequence(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    if o is PyList || o is PyTuple || o is PyStr || o is PyRange { return true }
    if o is PyDict || o is PySet { return false }
    if o is PyInstance {
      return o.type.lookup(Names.getitem) != nil && !o.type.isSubtype(of: BuiltinTypes.dict)
    }
    return false
  }

  /// `_PyExc_CreateExceptionGroup(message, exceptions)`: a
  /// BaseExceptionGroup, or an ExceptionGroup when it can be one.
  static func create(
    _ vm: VM, message: String, _ exceptions: Value
  ) throws(PyException) -> PyException {
    try make(vm, BuiltinTypes.baseExceptionGroup, message: .str(message), exceptions: exceptions)
  }

  /// The message and members of a group (rebuilt from `args` for a group
  /// made some other way).
  static func parts(
    _ vm: VM, _ e: PyException
  ) throws(PyException) -> (message: Value, exceptions: [PyException]) {
    if let g = e.group {
      return (g.message, g.exceptions.items.compactMap { $0.as(PyException.self) })
    }
    let message = e.args.first ?? .str("")
    let items = e.args.count > 1 ? try vm.iterate(e.args[1]) : []
    return (message, items.compactMap { $0.as(PyException.self) })
  }

  static func isGroup(_ e: PyException) -> Bool {
    e.isInstance(of: BuiltinTypes.baseExceptionGroup)
  }

  /// `str(group)`: `message (N sub-exception[s])`.
  static func describe(_ vm: VM, _ e: PyException) throws(PyException) -> String {
    let (message, members) = try parts(vm, e)
    let n = members.count
    return "\(try vm.str(message)) (\(n) sub-exception\(n > 1 ? "s" : ""))"
  }

  // MARK: - split

  /// The matcher for `split(value)`/`subgroup(value)`.
  static func matcher(_ vm: VM, _ value: Value) throws(PyException) -> Matcher {
    if value.as(PyType.self) == nil && vm.isCallable(value) { return .predicate(value) }
    if let t = value.as(PyType.self), t.isSubtype(of: BuiltinTypes.baseException) {
      return .types(value)
    }
    if let tuple = value.as(PyTuple.self), tuple.type === BuiltinTypes.tuple {
      for item in tuple.items {
        guard let t = item.as(PyType.self), t.isSubtype(of: BuiltinTypes.baseException) else {
          throw invalidMatcher()
        }
      }
      return .types(value)
    }
    throw invalidMatcher()
  }

  private static func invalidMatcher() -> PyException {
    PyException.typeError("expected a function, exception type or tuple of exception types")
  }

  private static func matches(
    _ vm: VM, _ e: PyException, _ matcher: Matcher
  ) throws(PyException) -> Bool {
    switch matcher {
    case .types(let t): return try vm.exceptionMatches(.object(e), t)
    case .predicate(let f): return try vm.isTrue(try vm.call(f, [.object(e)]))
    case .identities(let ids): return ids.contains(ObjectIdentifier(e))
    }
  }

  /// `exceptiongroup_split_recursive`: the part of `e` that matches and
  /// (with `rest`) the part that does not, each nil when empty; groups are
  /// rebuilt with `derive` keeping their structure.
  static func split(
    _ vm: VM, _ e: PyException, _ matcher: Matcher, rest constructRest: Bool
  ) throws(PyException) -> (match: PyException?, rest: PyException?) {
    if try matches(vm, e, matcher) { return (e, nil) }
    guard isGroup(e) else { return (nil, constructRest ? e : nil) }
    var matched: [PyException] = []
    var others: [PyException] = []
    for member in try parts(vm, e).exceptions {
      let (m, r) = try split(vm, member, matcher, rest: constructRest)
      if let m { matched.append(m) }
      if let r { others.append(r) }
    }
    let match = try subset(vm, e, matched)
    let rest = constructRest ? try subset(vm, e, others) : nil
    return (match, rest)
  }

  /// `exceptiongroup_subset`: `original.derive(items)` with the original's
  /// traceback, cause, context and (copied) notes; nil for no items.
  static func subset(
    _ vm: VM, _ original: PyException, _ items: [PyException]
  ) throws(PyException) -> PyException? {
    if items.isEmpty { return nil }
    let derive = try vm.getAttribute(.object(original), PyStr.intern("derive"))
    let made = try vm.call(derive, [.list(items.map { .object($0) })])
    guard let group = made.as(PyException.self), isGroup(group) else {
      throw PyException.typeError("derive must return an instance of BaseExceptionGroup")
    }
    if !original.traceback.isEmpty { group.traceback = original.traceback }
    group.context = original.context
    // PyException_SetCause always sets __suppress_context__.
    group.cause = original.cause
    group.suppressContext = true
    if let notes = original.attributeDict.getString("__notes__"), notes.as(PyList.self) != nil
      || notes.as(PyTuple.self) != nil
    {
      group.attributeDict.setString("__notes__", .list(try vm.iterate(notes)))
    }
    return group
  }

  /// The leaves of `e` (itself when it is not a group), by identity.
  static func collectLeaves(
    _ vm: VM, _ e: PyException, into ids: inout Set<ObjectIdentifier>
  ) throws(PyException) {
    guard isGroup(e) else {
      ids.insert(ObjectIdentifier(e))
      return
    }
    for member in try parts(vm, e).exceptions {
      try collectLeaves(vm, member, into: &ids)
    }
  }
}

extension BuiltinTypes {
  /// The constructor and methods of BaseExceptionGroup and ExceptionGroup.
  static func installExceptionGroups() {
    let base = baseExceptionGroup
    let construct: PyType.Constructor = {
      (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      .object(try ExceptionGroups.new(vm, type, args))
    }
    base.constructor = construct
    exceptionGroup.constructor = construct
    // Classes derived from the groups come here through `__new__`.
    base.addStaticMethod("__new__") { (vm: VM, args: Args) throws(PyException) -> Value in
      guard args.count >= 1, let t = args[0].as(PyType.self) else {
        throw PyException.typeError("BaseExceptionGroup.__new__(X): X is not a type object")
      }
      guard t.isSubtype(of: baseExceptionGroup) else {
        throw PyException.typeError(
          "BaseExceptionGroup.__new__(\(t.name)): \(t.name) is not a subtype of BaseExceptionGroup")
      }
      let rest = Array(args.values[1..<args.values.count])
      return try Args.with(rest, keywordNames: args.keywordNames) {
        (a: Args) throws(PyException) -> Value in
        .object(try ExceptionGroups.new(vm, t, a))
      }
    }
    let str: PyMethodDescriptor.Function = {
      (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("__str__")
      guard let e = v.as(PyException.self) else { return .str("") }
      return .str(try ExceptionGroups.describe(vm, e))
    }
    // ExceptionGroup gets its own copy: it is a class with two bases, and
    // str() looks for `__str__` in it before falling back to the builtin.
    base.addMethod("__str__", str)
    exceptionGroup.addMethod("__str__", str)
    base.addGetter("message") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let e = v.as(PyException.self) else { return .none }
      return try ExceptionGroups.parts(vm, e).message
    }
    base.addGetter("exceptions") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let e = v.as(PyException.self) else { return .none }
      if let g = e.group { return .object(g.exceptions) }
      return .tuple(try ExceptionGroups.parts(vm, e).exceptions.map { .object($0) })
    }
    base.addMethod("derive") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard args.count == 1 else {
        throw PyException.typeError("function takes exactly 1 argument (\(args.count) given)")
      }
      guard let e = v.as(PyException.self) else { return .none }
      let message = try ExceptionGroups.parts(vm, e).message
      return .object(
        try ExceptionGroups.make(vm, baseExceptionGroup, message: message, exceptions: args[0]))
    }
    base.addMethod("split") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let (e, matcher) = try splitArguments(vm, v, args, "split")
      let (match, rest) = try ExceptionGroups.split(vm, e, matcher, rest: true)
      return .tuple([match.map { .object($0) } ?? .none, rest.map { .object($0) } ?? .none])
    }
    base.addMethod("subgroup") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let (e, matcher) = try splitArguments(vm, v, args, "subgroup")
      let match = try ExceptionGroups.split(vm, e, matcher, rest: false).match
      return match.map { .object($0) } ?? .none
    }
  }

  private static func splitArguments(
    _ vm: VM, _ v: Value, _ args: Args, _ name: String
  ) throws(PyException) -> (PyException, ExceptionGroups.Matcher) {
    if args.keywordCount > 0 { throw PyException.typeError("\(name)() takes no keyword arguments") }
    guard args.count == 1 else {
      throw PyException.typeError("\(name) expected 1 argument, got \(args.count)")
    }
    guard let e = v.as(PyException.self) else {
      throw PyException.typeError("descriptor '\(name)' requires a 'BaseExceptionGroup' object")
    }
    return (e, try ExceptionGroups.matcher(vm, args[0]))
  }
}
