import CoroCompiler

/// The methods of `tuple`: `count` and `index`, plus the special methods
/// a program may call by name.
extension BuiltinTypes {
  static func installTupleMethods() {
    let t = tuple
    t.addMethod("count") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let tup = try receiver(selfValue, PyTuple.self, "count", "tuple")
      return .int(try vm.countEqual(tup.items, try args.single("tuple.count")))
    }
    t.addMethod("index") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let tup = try receiver(selfValue, PyTuple.self, "index", "tuple")
      try args.positionalOnly("tuple.index", "index", 1, 3)
      let x = args[0]
      let items = tup.items
      let (start, stop) = try vm.searchWindow(args, count: items.count)
      var i = start
      while i < stop && i < items.count {
        if try vm.valuesEqual(items[i], x) { return .int(i) }
        i += 1
      }
      throw PyException.valueError("tuple.index(x): x not in tuple")
    }
    t.addMethod("__len__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let tup = try receiver(selfValue, PyTuple.self, "__len__", "tuple")
      try args.wrapper("__len__", 0)
      return .int(tup.items.count)
    }
    t.addMethod("__getitem__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let tup = try receiver(selfValue, PyTuple.self, "__getitem__", "tuple")
      try args.wrapper("__getitem__", 1)
      return try vm.nativeGetItem(tup, selfValue, args[0])
    }
    t.addMethod("__contains__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let tup = try receiver(selfValue, PyTuple.self, "__contains__", "tuple")
      try args.wrapper("__contains__", 1)
      return .bool(try vm.nativeContains(tup, selfValue, args[0]))
    }
    t.addMethod("__iter__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let tup = try receiver(selfValue, PyTuple.self, "__iter__", "tuple")
      try args.wrapper("__iter__", 0)
      return .object(PySequenceIterator(tup.items, type: tupleIterator))
    }
    t.addMethod("__add__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let tup = try receiver(selfValue, PyTuple.self, "__add__", "tuple")
      try args.wrapper("__add__", 1)
      guard let other = args[0].as(PyTuple.self) else {
        throw PyException.typeError(
          "can only concatenate tuple (not \"\(args[0].typeName)\") to tuple")
      }
      return .object(PyTuple(tup.items + other.items))
    }
    for name in ["__mul__", "__rmul__"] {
      t.addMethod(name) { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        _ = try receiver(selfValue, PyTuple.self, "__mul__", "tuple")
        try args.wrapper(name, 1)
        let n = try vm.repeatArgument(args[0])
        return try vm.nativeBinaryOperation(.multiply, selfValue, .int(n)) ?? notImplemented
      }
    }
    t.addMethod("__hash__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let tup = try receiver(selfValue, PyTuple.self, "__hash__", "tuple")
      try args.wrapper("__hash__", 0)
      return .int(try vm.nativeHash(tup, selfValue))
    }
    addRichComparisons(t) { $0.as(PyTuple.self) != nil }
  }
}
