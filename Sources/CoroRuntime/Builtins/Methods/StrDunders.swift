/// The special methods of `str` as attributes (`s.__len__()`,
/// `str.__add__`): the operators themselves are handled natively by the VM;
/// these give the same results when called by name.
extension Args {
  /// A slot wrapper's argument check: "expected 1 argument, got 0".
  func strWrapper(_ name: String, _ n: Int) throws(PyException) {
    if keywordCount > 0 {
      throw PyException.typeError("wrapper \(name)() takes no keyword arguments")
    }
    if count != n {
      throw PyException.typeError("expected \(n) argument\(n == 1 ? "" : "s"), got \(count)")
    }
  }
}

extension BuiltinTypes {
  private static var strNotImplemented: Value { .object(notImplementedObject) }

  static func installStrDunderMethods() {
    str.addMethod("__len__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try args.strWrapper("__len__", 0)
      return .int(try selfValue.strReceiver().count)
    }
    str.addMethod("__contains__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try args.strWrapper("__contains__", 1)
      return .bool(try vm.nativeContains(try selfValue.strReceiver(), selfValue, args[0]))
    }
    str.addMethod("__getitem__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try args.strWrapper("__getitem__", 1)
      return try vm.nativeGetItem(try selfValue.strReceiver(), selfValue, args[0])
    }
    str.addMethod("__iter__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try args.strWrapper("__iter__", 0)
      return .object(PyStrIterator(try selfValue.strReceiver()))
    }
    str.addMethod("__add__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try args.strWrapper("__add__", 1)
      let s = try selfValue.strReceiver()
      guard let t = args[0].asStr else {
        throw PyException.typeError(
          "can only concatenate str (not \"\(args[0].typeName)\") to str")
      }
      if t.value.isEmpty { return selfValue }
      if s.value.isEmpty && t.subclass == nil { return args[0] }
      return .object(PyStr.concatenation(s, t))
    }
    for name in ["__mul__", "__rmul__"] {
      str.addMethod(name) { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        try args.strWrapper(name, 1)
        let s = try selfValue.strReceiver()
        if case .object(let o) = args[0], o is PyBigInt {
          throw PyException.overflowError("cannot fit 'int' into an index-sized integer")
        }
        let n = max(try vm.intArgument(args[0]), 0)
        if n == 0 || s.value.isEmpty { return .object(PyStr.empty) }
        if n == 1 { return selfValue }
        return try vm.nativeBinaryOperation(.multiply, selfValue, .int(n)) ?? strNotImplemented
      }
    }
    str.addMethod("__mod__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try args.strWrapper("__mod__", 1)
      return .object(try vm.percentFormat(try selfValue.strReceiver(), args[0]))
    }
    str.addMethod("__rmod__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try args.strWrapper("__rmod__", 1)
      guard let left = args[0].asStr else { return strNotImplemented }
      return .object(try vm.percentFormat(left, selfValue))
    }
    let comparisons: [(String, (Int) -> Bool)] = [
      ("__eq__", { $0 == 0 }), ("__ne__", { $0 != 0 }), ("__lt__", { $0 < 0 }),
      ("__le__", { $0 <= 0 }), ("__gt__", { $0 > 0 }), ("__ge__", { $0 >= 0 }),
    ]
    for (name, test) in comparisons {
      str.addMethod(name) { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        try args.strWrapper(name, 1)
        let s = try selfValue.strReceiver()
        guard let t = args[0].asStr else { return strNotImplemented }
        if name == "__eq__" { return .bool(PyStr.equal(s, t)) }
        if name == "__ne__" { return .bool(!PyStr.equal(s, t)) }
        return .bool(test(PyStr.compare(s, t)))
      }
    }
    str.addMethod("__hash__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try args.strWrapper("__hash__", 0)
      return .int(try selfValue.strReceiver().hash)
    }
    str.addMethod("__str__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try args.strWrapper("__str__", 0)
      return selfValue
    }
    str.addMethod("__repr__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try args.strWrapper("__repr__", 0)
      return .str(StringRepr.repr(try selfValue.strReceiver().value))
    }
    str.addMethod("__format__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let spec = try args.one("str.__format__")
      guard let text = spec.asStr else {
        throw PyException.typeError("__format__() argument must be str, not \(spec.strArgTypeName)")
      }
      let s = try selfValue.strReceiver()
      if text.value.isEmpty { return selfValue }
      return .str(try vm.convert { try SpecFormatter.format(s.value, spec: text.value) })
    }
    str.addMethod("__getnewargs__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try args.none("str.__getnewargs__")
      return .tuple([selfValue])
    }
  }
}
