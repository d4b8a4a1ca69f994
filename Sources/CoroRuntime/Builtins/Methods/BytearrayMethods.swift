/// `bytearray`: a `PyBytes` whose storage may change. It shares the
/// read-only methods of bytes (their results keep the receiver's kind
/// where CPython's do) and adds the mutating ones of
/// Objects/bytearrayobject.c that programs meet.
extension BuiltinTypes {
  static func installBytearrayMethods() {
    let t = bytearray
    for entry in bytes.dict.liveEntries {
      guard let name = entry.key.asStr?.value, name != "__hash__", name != "fromhex" else { continue }
      t.dict.setString(name, entry.value)
    }
    t.dict.setString("__hash__", .none)
    t.addMethod("__setitem__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try mutableReceiver(v, "__setitem__")
      try args.wrapper("__setitem__", 2)
      try vm.bytearraySetItem(b, args[0], args[1])
      return .none
    }
    t.addMethod("append") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try mutableReceiver(v, "append")
      b.bytes.append(try byteValue(vm, try args.one("append")))
      return .none
    }
    t.addMethod("extend") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try mutableReceiver(v, "extend")
      let source = try args.one("extend")
      if let other = source.as(PyBytes.self) {
        b.bytes.append(contentsOf: other.bytes)
        return .none
      }
      if source.asStr != nil {
        throw PyException.typeError("expected iterable of integers; got: 'str'")
      }
      var out: [UInt8] = []
      for item in try vm.iterate(source) { out.append(try byteValue(vm, item)) }
      b.bytes.append(contentsOf: out)
      return .none
    }
    t.addMethod("insert") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try mutableReceiver(v, "insert")
      try args.checkCount("insert", 2, 2)
      let i = try vm.intArgument(args[0])
      let value = try byteValue(vm, args[1])
      let n = b.bytes.count
      let at = i < 0 ? max(0, i + n) : min(i, n)
      b.bytes.insert(value, at: at)
      return .none
    }
    t.addMethod("pop") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try mutableReceiver(v, "pop")
      let a = try args.positional("pop", 0, 1)
      if b.bytes.isEmpty { throw PyException.indexError("pop from empty bytearray") }
      let i = a.isEmpty ? -1 : try vm.intArgument(a[0])
      let j = i < 0 ? i + b.bytes.count : i
      guard j >= 0 && j < b.bytes.count else { throw PyException.indexError("pop index out of range") }
      return .int(Int(b.bytes.remove(at: j)))
    }
    t.addMethod("remove") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try mutableReceiver(v, "remove")
      let value = try byteValue(vm, try args.one("remove"))
      guard let i = b.bytes.firstIndex(of: value) else {
        throw PyException.valueError("value not found in bytearray")
      }
      b.bytes.remove(at: i)
      return .none
    }
    t.addMethod("clear") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try mutableReceiver(v, "clear")
      try args.none("bytearray.clear")
      b.bytes.removeAll()
      return .none
    }
    t.addMethod("reverse") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try mutableReceiver(v, "reverse")
      try args.none("bytearray.reverse")
      b.bytes.reverse()
      return .none
    }
    t.addMethod("copy") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try mutableReceiver(v, "copy")
      try args.none("bytearray.copy")
      return .object(PyBytes(b.bytes, mutable: true))
    }
  }

  private static func mutableReceiver(_ v: Value, _ method: StaticString) throws(PyException) -> PyBytes {
    if let b = v.as(PyBytes.self), b.isMutable { return b }
    throw PyException.typeError(
      "descriptor '\(method)' for 'bytearray' objects doesn't apply to a '\(v.typeName)' object")
  }

  /// An int in range(0, 256), as a bytearray item.
  static func byteValue(_ vm: VM, _ v: Value) throws(PyException) -> UInt8 {
    guard case .int = v.unboxedNumber else {
      throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
    let i = try vm.intArgument(v)
    guard (0...255).contains(i) else { throw PyException.valueError("byte must be in range(0, 256)") }
    return UInt8(i)
  }
}

extension VM {
  /// `buf[i] = n` and `buf[a:b] = bytes-like` on a bytearray.
  func bytearraySetItem(_ b: PyBytes, _ key: Value, _ value: Value) throws(PyException) {
    if let i = try index(key) {
      let j = i < 0 ? i + b.bytes.count : i
      guard j >= 0 && j < b.bytes.count else { throw PyException.indexError("bytearray index out of range") }
      b.bytes[j] = try BuiltinTypes.byteValue(self, value)
      return
    }
    if let s = key.as(PySlice.self) {
      let (start, stop, step, _) = try sliceIndices(s, length: b.bytes.count)
      guard step == 1 else {
        throw PyException.valueError("bytearray slice assignment with a step is not supported")
      }
      let replacement: [UInt8]
      if let other = value.as(PyBytes.self) {
        replacement = other.bytes
      } else if case .int = value {
        throw PyException.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
      } else {
        var out: [UInt8] = []
        for item in try iterate(value) { out.append(try BuiltinTypes.byteValue(self, item)) }
        replacement = out
      }
      b.bytes.replaceSubrange(start..<max(start, stop), with: replacement)
      return
    }
    throw PyException.typeError("bytearray indices must be integers or slices, not \(key.typeName)")
  }
}
