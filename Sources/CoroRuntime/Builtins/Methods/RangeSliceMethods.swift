/// The methods and attributes of `range` (`index`, `count`, `start`,
/// `stop`, `step`) and `slice` (`start`, `stop`, `step`, `indices`).
extension BuiltinTypes {
  static func installRangeAndSliceMethods() {
    let r = range
    r.addGetter("start") { (vm: VM, v: Value) throws(PyException) -> Value in
      .int(try receiver(v, PyRange.self, "start", "range").start)
    }
    r.addGetter("stop") { (vm: VM, v: Value) throws(PyException) -> Value in
      .int(try receiver(v, PyRange.self, "stop", "range").stop)
    }
    r.addGetter("step") { (vm: VM, v: Value) throws(PyException) -> Value in
      .int(try receiver(v, PyRange.self, "step", "range").step)
    }
    r.addMethod("index") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let rng = try receiver(selfValue, PyRange.self, "index", "range")
      let x = try args.single("range.index")
      if let n = rangeIntegerOperand(x) {
        if let i = rng.position(of: n) { return .int(i) }
        throw PyException.valueError("\(try vm.repr(x)) is not in range")
      }
      // Other values (floats, user objects) are compared one by one.
      for i in 0..<rng.count where try vm.valuesEqual(.int(rng.item(i)), x) { return .int(i) }
      throw PyException.valueError("sequence.index(x): x not in sequence")
    }
    r.addMethod("count") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let rng = try receiver(selfValue, PyRange.self, "count", "range")
      let x = try args.single("range.count")
      if let n = rangeIntegerOperand(x) { return .int(rng.position(of: n) == nil ? 0 : 1) }
      var n = 0
      for i in 0..<rng.count where try vm.valuesEqual(.int(rng.item(i)), x) { n += 1 }
      return .int(n)
    }

    let s = slice
    s.addGetter("start") { (vm: VM, v: Value) throws(PyException) -> Value in
      try receiver(v, PySlice.self, "start", "slice").start
    }
    s.addGetter("stop") { (vm: VM, v: Value) throws(PyException) -> Value in
      try receiver(v, PySlice.self, "stop", "slice").stop
    }
    s.addGetter("step") { (vm: VM, v: Value) throws(PyException) -> Value in
      try receiver(v, PySlice.self, "step", "slice").step
    }
    s.addMethod("indices") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let sl = try receiver(selfValue, PySlice.self, "indices", "slice")
      let lengthValue = try args.single("slice.indices")
      if lengthValue.as(PyBigInt.self) != nil {
        throw PyException.overflowError("Python int too large to convert to C ssize_t")
      }
      let length = try vm.intArgument(lengthValue)
      if length < 0 { throw PyException.valueError("length should not be negative") }
      let (start, stop, step, _) = try vm.sliceIndices(sl, length: length)
      return .tuple([.int(start), .int(stop), .int(step)])
    }
  }

  /// The operand of `range.index`/`range.count` when it is an int (or a
  /// bool), which CPython answers arithmetically.
  private static func rangeIntegerOperand(_ v: Value) -> Int? {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }
}

extension PyRange {
  /// The position of `n` in the range, or nil when it is not a member.
  func position(of n: Int) -> Int? {
    if step > 0 {
      guard n >= start && n < stop else { return nil }
    } else {
      guard n <= start && n > stop else { return nil }
    }
    let offset = n.subtractingReportingOverflow(start)
    guard !offset.overflow, offset.partialValue % step == 0 else { return nil }
    return offset.partialValue / step
  }
}
