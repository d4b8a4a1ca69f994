import CoroCompiler

/// The methods of `set` and `frozenset`. The algebra itself (and so the
/// order results print in) is in SetAlgorithms.swift.
extension BuiltinTypes {
  static func installSetMethods() {
    for t in [set, frozenset] {
      installSharedSetMethods(t, name: t.name)
    }
    installMutatingSetMethods()
    frozenset.addMethod("copy") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "copy", "frozenset")
      try args.noArguments("frozenset.copy")
      // An exact frozenset is its own copy.
      return selfValue.type === frozenset ? selfValue : .object(try vm.setCopy(s))
    }
    frozenset.addMethod("__hash__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "__hash__", "frozenset")
      try args.wrapper("__hash__", 0)
      return .int(try vm.nativeHash(s, selfValue))
    }
    markUnhashable(set)
  }

  /// What `set` and `frozenset` share: the non-mutating algebra, tests,
  /// and the special methods a program may call by name.
  private static func installSharedSetMethods(_ t: PyType, name: String) {
    t.addMethod("union") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "union", "set")
      try rejectSetKeywords(args, name, "union")
      return .object(try vm.setUnion(s, args))
    }
    t.addMethod("intersection") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "intersection", "set")
      try rejectSetKeywords(args, name, "intersection")
      return .object(try vm.setIntersectionMulti(s, args))
    }
    t.addMethod("difference") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "difference", "set")
      try rejectSetKeywords(args, name, "difference")
      return .object(try vm.setDifferenceMulti(s, args))
    }
    t.addMethod("symmetric_difference") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "symmetric_difference", "set")
      let other = try setArgument(args, name, "symmetric_difference")
      return .object(try vm.setSymmetricDifference(s, other))
    }
    t.addMethod("issubset") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "issubset", "set")
      return .bool(try vm.setIsSubset(s, try setArgument(args, name, "issubset")))
    }
    t.addMethod("issuperset") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "issuperset", "set")
      return .bool(try vm.setIsSuperset(s, try setArgument(args, name, "issuperset")))
    }
    t.addMethod("isdisjoint") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "isdisjoint", "set")
      return .bool(try vm.setIsDisjoint(s, try setArgument(args, name, "isdisjoint")))
    }
    t.addMethod("__contains__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "__contains__", "set")
      return .bool(try vm.setContainsKey(s, try setArgument(args, name, "__contains__")))
    }
    t.addMethod("__len__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "__len__", "set")
      try args.wrapper("__len__", 0)
      return .int(s.count)
    }
    t.addMethod("__iter__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "__iter__", "set")
      try args.wrapper("__iter__", 0)
      return .object(PySetIterator(s))
    }
    if t === set {
      t.addMethod("copy") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        let s = try receiver(selfValue, PySet.self, "copy", "set")
        try args.noArguments("set.copy")
        return .object(try vm.setCopy(s))
      }
    }
    let operators: [(String, BinaryOperation)] = [
      ("__or__", .bitOr), ("__and__", .bitAnd), ("__sub__", .subtract), ("__xor__", .bitXor),
    ]
    for (dunder, op) in operators {
      t.addMethod(dunder) { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        let s = try receiver(selfValue, PySet.self, "__or__", "set")
        try args.wrapper(dunder, 1)
        guard let other = args[0].as(PySet.self) else { return notImplemented }
        return try vm.cpythonSetOperation(op, s, other)
      }
    }
    addRichComparisons(t) { $0.as(PySet.self) != nil }
  }

  /// The methods only a (mutable) `set` has.
  private static func installMutatingSetMethods() {
    let t = set
    t.addMethod("add") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "add", "set")
      try s.add(try args.single("set.add"), vm: vm)
      return .none
    }
    t.addMethod("remove") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "remove", "set")
      let key = try args.single("set.remove")
      if !(try s.remove(vm.setLookupKey(key), vm: vm)) { throw PyException.keyError(key) }
      return .none
    }
    t.addMethod("discard") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "discard", "set")
      try s.remove(vm.setLookupKey(try args.single("set.discard")), vm: vm)
      return .none
    }
    t.addMethod("pop") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "pop", "set")
      try args.noArguments("set.pop")
      guard let key = s.pop() else { throw PyException.keyError(.str("pop from an empty set")) }
      return key
    }
    t.addMethod("clear") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "clear", "set")
      try args.noArguments("set.clear")
      s.removeAll()
      return .none
    }
    t.addMethod("update") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "update", "set")
      try rejectSetKeywords(args, "set", "update")
      for i in 0..<args.count { try vm.setUpdateInternal(s, args[i]) }
      return .none
    }
    t.addMethod("intersection_update") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "intersection_update", "set")
      try rejectSetKeywords(args, "set", "intersection_update")
      vm.setIntersectionUpdate(s, try vm.setIntersectionMulti(s, args))
      return .none
    }
    t.addMethod("difference_update") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "difference_update", "set")
      try rejectSetKeywords(args, "set", "difference_update")
      for i in 0..<args.count { try vm.setDifferenceUpdate(s, args[i]) }
      return .none
    }
    t.addMethod("symmetric_difference_update") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try receiver(selfValue, PySet.self, "symmetric_difference_update", "set")
      let other = try setArgument(args, "set", "symmetric_difference_update")
      try vm.setSymmetricDifferenceUpdate(s, other)
      return .none
    }
    let operators: [(String, BinaryOperation)] = [
      ("__ior__", .inplaceBitOr), ("__iand__", .inplaceBitAnd), ("__isub__", .inplaceSubtract),
      ("__ixor__", .inplaceBitXor),
    ]
    for (dunder, op) in operators {
      t.addMethod(dunder) { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        let s = try receiver(selfValue, PySet.self, "__ior__", "set")
        try args.wrapper(dunder, 1)
        guard let other = args[0].as(PySet.self) else { return notImplemented }
        return try vm.cpythonSetOperation(op, s, other)
      }
    }
  }

  /// METH_O of a set method: `set.add() takes exactly one argument (0 given)`.
  @inline(__always)
  private static func setArgument(
    _ args: Args, _ typeName: String, _ method: String
  ) throws(PyException) -> Value {
    if args.keywordCount == 0 && args.count == 1 { return args[0] }
    return try args.one("\(typeName).\(method)")
  }

  /// `set.union() takes no keyword arguments`.
  @inline(__always)
  private static func rejectSetKeywords(
    _ args: Args, _ typeName: String, _ method: String
  ) throws(PyException) {
    if args.keywordCount > 0 { try args.rejectKeywords("\(typeName).\(method)") }
  }
}
