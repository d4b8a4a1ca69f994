// `bisect`: binary search and insertion in sorted sequences, with the
// argument handling and messages of Modules/_bisectmodule.c.

enum BisectModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    let m = ModuleRegistry.module(
      "bisect",
      [
        ("bisect_right", search("bisect_right", right: true)),
        ("bisect_left", search("bisect_left", right: false)),
        ("insort_right", insort("insort_right", right: true)),
        ("insort_left", insort("insort_left", right: false)),
      ])
    // `bisect` and `insort` are the same objects as the _right functions.
    m.dict.setString("bisect", m.dict.getString("bisect_right") ?? .none)
    m.dict.setString("insort", m.dict.getString("insort_right") ?? .none)
    return m
  }

  private struct Arguments {
    var sequence: Value
    var item: Value
    var lo: Int
    var hi: Int
    var key: Value?
  }

  private static func arguments(_ vm: VM, _ name: String, _ args: Args) throws(PyException) -> Arguments {
    // Argument Clinic counts `key` among all arguments, not positional ones.
    let total = args.count + args.keywordCount
    if total > 5 {
      throw PyException.typeError("\(name)() takes at most 5 arguments (\(total) given)")
    }
    if args.count > 4 {
      throw PyException.typeError("\(name)() takes at most 4 positional arguments (\(args.count) given)")
    }
    let b = try args.bind(name, ["a", "x", "lo", "hi"], required: 2, keywordOnly: ["key"])
    guard let a = b[0], let x = b[1] else { throw PyException.typeError("\(name)() missing arguments") }
    let lo = try b[2].map { (v: Value) throws(PyException) -> Int in try vm.intArgument(v) } ?? 0
    if lo < 0 { throw PyException.valueError("lo must be non-negative") }
    let hi: Int
    if let h = b[3], !h.isNone {
      hi = try vm.intArgument(h)
    } else {
      hi = try vm.length(a)
    }
    let key = b[4].flatMap { $0.isNone ? nil : $0 }
    return Arguments(sequence: a, item: x, lo: lo, hi: hi, key: key)
  }

  /// The insertion point of `item`: after equal items when `right`.
  private static func position(_ vm: VM, _ a: Arguments, right: Bool, item: Value) throws(PyException) -> Int {
    var lo = a.lo
    var hi = a.hi
    while lo < hi {
      let mid = Int((UInt(lo) + UInt(hi)) / 2)
      let element: Value
      if let l = a.sequence.as(PyList.self), l.subclassState == nil {
        guard mid < l.items.count else { throw PyException.indexError("list index out of range") }
        element = l.items[mid]
      } else {
        element = try vm.getItem(a.sequence, .int(mid))
      }
      let probe = try a.key.map { (k: Value) throws(PyException) -> Value in try vm.call(k, [element]) } ?? element
      if right {
        if try vm.isTrue(try vm.compare(.less, item, probe)) { hi = mid } else { lo = mid + 1 }
      } else {
        if try vm.isTrue(try vm.compare(.less, probe, item)) { lo = mid + 1 } else { hi = mid }
      }
    }
    return lo
  }

  private static func search(_ name: String, right: Bool) -> PyBuiltinFunction.Function {
    return { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try arguments(vm, name, args)
      return .int(try position(vm, a, right: right, item: a.item))
    }
  }

  private static func insort(_ name: String, right: Bool) -> PyBuiltinFunction.Function {
    return { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try arguments(vm, name, args)
      let probe = try a.key.map { (k: Value) throws(PyException) -> Value in try vm.call(k, [a.item]) } ?? a.item
      let index = try position(vm, a, right: right, item: probe)
      if let l = a.sequence.as(PyList.self), l.subclassState == nil {
        l.items.insert(a.item, at: min(index, l.items.count))
      } else {
        let insert = try vm.getAttribute(a.sequence, PyStr.intern("insert"))
        _ = try vm.call(insert, [.int(index), a.item])
      }
      return .none
    }
  }
}
