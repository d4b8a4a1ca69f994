import Foundation

/// `time`: the clocks (real or virtual, see Clock.swift), `sleep`, and
/// calendar time (`localtime`, `gmtime`, `strftime`, `ctime`).
enum TimeModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    let clock = vm.interpreter.clock
    let m = ModuleRegistry.module("time", [
      ("time", { (vm: VM, args: Args) throws(PyException) -> Value in
        try args.none("time")
        return .float(clock.wallTime)
      }),
      ("time_ns", { (vm: VM, args: Args) throws(PyException) -> Value in
        try args.none("time_ns")
        return .int(Int((clock.wallTime * 1e9).rounded()))
      }),
      ("monotonic", { (vm: VM, args: Args) throws(PyException) -> Value in
        try args.none("monotonic")
        return .float(clock.monotonic)
      }),
      ("monotonic_ns", { (vm: VM, args: Args) throws(PyException) -> Value in
        try args.none("monotonic_ns")
        return .int(Int(clock.monotonicNanoseconds))
      }),
      ("perf_counter", { (vm: VM, args: Args) throws(PyException) -> Value in
        try args.none("perf_counter")
        return .float(clock.performanceCounter)
      }),
      ("perf_counter_ns", { (vm: VM, args: Args) throws(PyException) -> Value in
        try args.none("perf_counter_ns")
        return .int(Int(clock.monotonicNanoseconds))
      }),
      ("process_time", { (vm: VM, args: Args) throws(PyException) -> Value in
        try args.none("process_time")
        return .float(Double(Foundation.clock()) / Double(CLOCKS_PER_SEC))
      }),
      ("sleep", { (vm: VM, args: Args) throws(PyException) -> Value in
        let v = try args.one("sleep")
        let seconds: Double
        switch v {
        case .int(let i): seconds = Double(i)
        case .float(let d): seconds = d
        case .bool(let b): seconds = b ? 1 : 0
        default:
          if v.as(PyBigInt.self) != nil { throw PyException.overflowError("timestamp too large to convert to C _PyTime_t") }
          throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
        if seconds.isNaN { throw PyException.valueError("Invalid value NaN (not a number)") }
        if seconds < 0 { throw PyException.valueError("sleep length must be non-negative") }
        try vm.blockingSleep(seconds)
        return .none
      }),
      ("localtime", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("localtime", 0, 1)
        return try structTime(vm, seconds(vm, a.first, clock), local: true)
      }),
      ("gmtime", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("gmtime", 0, 1)
        return try structTime(vm, seconds(vm, a.first, clock), local: false)
      }),
      ("strftime", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("strftime", 1, 2)
        guard let pattern = a[0].asStr else {
          throw PyException.typeError("strftime() argument 1 must be str, not \(a[0].typeName)")
        }
        var t = tm()
        if a.count == 2 {
          t = try tmFrom(vm, a[1])
        } else {
          var s = time_t(clock.wallTime.rounded(.down))
          localtime_r(&s, &t)
        }
        return .str(format(pattern.value, t))
      }),
      ("ctime", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("ctime", 0, 1)
        var s = time_t(try seconds(vm, a.first, clock))
        var t = tm()
        localtime_r(&s, &t)
        return .str(format("%a %b %e %H:%M:%S %Y", t))
      }),
      ("asctime", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("asctime", 0, 1)
        var t = tm()
        if let v = a.first {
          t = try tmFrom(vm, v)
        } else {
          var s = time_t(clock.wallTime.rounded(.down))
          localtime_r(&s, &t)
        }
        return .str(format("%a %b %e %H:%M:%S %Y", t))
      }),
      ("mktime", { (vm: VM, args: Args) throws(PyException) -> Value in
        var t = try tmFrom(vm, try args.one("mktime"))
        return .float(Double(mktime(&t)))
      }),
    ])
    m.dict.setString("struct_time", Value.object(structTimeType))
    m.dict.setString("timezone", Value.int(0))
    return m
  }

  private static func seconds(_ vm: VM, _ v: Value?, _ clock: Clock) throws(PyException) -> Double {
    guard let v, !v.isNone else { return clock.wallTime }
    guard let d = try vm.floatOperand(v) else {
      throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
    return d
  }

  static let fields = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
  ]

  static let structTimeType = PyStructSequence.makeType(name: "struct_time", module: "time", fields: fields, hidden: 2)

  private static func structTime(_ vm: VM, _ seconds: Double, local: Bool) throws(PyException) -> Value {
    var s = time_t(seconds.rounded(.down))
    var t = tm()
    if local { localtime_r(&s, &t) } else { gmtime_r(&s, &t) }
    let values: [Value] = [
      .int(Int(t.tm_year) + 1900), .int(Int(t.tm_mon) + 1), .int(Int(t.tm_mday)),
      .int(Int(t.tm_hour)), .int(Int(t.tm_min)), .int(Int(t.tm_sec)),
      .int((Int(t.tm_wday) + 6) % 7), .int(Int(t.tm_yday) + 1), .int(Int(t.tm_isdst)),
    ]
    return .object(PyStructSequence(type: structTimeType, values: values))
  }

  private static func tmFrom(_ vm: VM, _ v: Value) throws(PyException) -> tm {
    let items = try vm.iterate(v)
    guard items.count >= 9 else {
      throw PyException.typeError("function takes exactly 9 arguments (\(items.count) given)")
    }
    var ints: [Int32] = []
    for item in items.prefix(9) { ints.append(Int32(truncatingIfNeeded: try vm.intArgument(item))) }
    var t = tm()
    t.tm_year = ints[0] - 1900
    t.tm_mon = ints[1] - 1
    t.tm_mday = ints[2]
    t.tm_hour = ints[3]
    t.tm_min = ints[4]
    t.tm_sec = ints[5]
    t.tm_wday = (ints[6] + 1) % 7
    t.tm_yday = ints[7] - 1
    t.tm_isdst = ints[8]
    return t
  }

  private static func format(_ format: String, _ t: tm) -> String {
    var t = t
    var buffer = [Int8](repeating: 0, count: 1024)
    let n = strftime(&buffer, buffer.count, format, &t)
    if n == 0 && !format.isEmpty { return "" }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

extension VM {
  /// `time.sleep(s)`: blocks this thread of Python execution for `s`
  /// seconds (on the loop's thread, that blocks the whole event loop, as a
  /// learner is meant to see).
  func blockingSleep(_ seconds: Double) throws(PyException) {
    interpreter.stdout.flush()
    let threads = interpreter.threads
    if threads.hasOtherThreads {
      let deadline = interpreter.clock.monotonicNanoseconds + PyEventLoop.nanoseconds(seconds)
      try threads.sleep(threads.thread(of: self), until: deadline)
      return
    }
    interpreter.clock.sleep(seconds: seconds)
    if SignalState.interruptPending {
      SignalState.interruptPending = false
      throw PyException(type: BuiltinTypes.keyboardInterrupt, args: [])
    }
  }
}

/// A tuple with named fields (CPython's struct sequences: `time.struct_time`,
/// `sys.version_info`): indexable and iterable like a tuple, with attributes.
final class PyStructSequence: PyObject {
  let sequenceType: PyType
  let values: [Value]

  init(type: PyType, values: [Value]) {
    sequenceType = type
    self.values = values
  }

  override var type: PyType { sequenceType }

  /// A struct sequence type; `hidden` counts the optional trailing fields
  /// its constructor accepts beyond the visible ones (struct_time's tm_zone
  /// and tm_gmtoff), which this implementation drops.
  static func makeType(name: String, module: String, fields: [String], hidden: Int = 0) -> PyType {
    let t = PyType(builtin: name, base: BuiltinTypes.tuple)
    t.module = module
    t.qualifiedName = name
    t.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let sequence = try args.positional("\(name)", 1, 1)[0]
      guard sequence.as(PyStr.self) == nil, let items = try? vm.iterate(sequence) else {
        throw PyException.typeError("constructor requires a sequence")
      }
      if items.count < fields.count {
        throw PyException.typeError(
          "\(module).\(name)() takes an at least \(fields.count)-sequence (\(items.count)-sequence given)")
      }
      if items.count > fields.count + hidden {
        throw PyException.typeError(
          "\(module).\(name)() takes an at most \(fields.count + hidden)-sequence (\(items.count)-sequence given)")
      }
      return .object(PyStructSequence(type: type, values: Array(items.prefix(fields.count))))
    }
    for (i, field) in fields.enumerated() {
      t.addGetter(field) { (vm: VM, v: Value) throws(PyException) -> Value in
        guard let s = v.as(PyStructSequence.self), i < s.values.count else { return .none }
        return s.values[i]
      }
    }
    t.addMethod("__len__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .int(v.as(PyStructSequence.self)?.values.count ?? 0)
    }
    t.addMethod("__getitem__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let key = try args.one("__getitem__")
      return try vm.getItem(.tuple(v.as(PyStructSequence.self)?.values ?? []), key)
    }
    t.addMethod("__iter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .object(PySequenceIterator(v.as(PyStructSequence.self)?.values ?? [], type: BuiltinTypes.tupleIterator))
    }
    t.addMethod("__repr__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let s = v.as(PyStructSequence.self) else { return .str("") }
      var parts: [String] = []
      for (i, field) in fields.enumerated() where i < s.values.count {
        parts.append("\(field)=\(try vm.repr(s.values[i]))")
      }
      return .str("\(module).\(name)(\(parts.joined(separator: ", ")))")
    }
    t.addMethod("__eq__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let other = try args.one("__eq__")
      let mine = v.as(PyStructSequence.self)?.values ?? []
      if let o = other.as(PyStructSequence.self) { return .bool(try vm.valuesEqual(.tuple(mine), .tuple(o.values))) }
      if let o = other.as(PyTuple.self) { return .bool(try vm.valuesEqual(.tuple(mine), .tuple(o.items))) }
      return .object(BuiltinTypes.notImplementedObject)
    }
    return t
  }
}

extension PyStructSequence: PyReprCustomizable {
  /// `repr()` and `str()` use the `__repr__` that makeType installs.
  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    guard let method = sequenceType.lookup("__repr__") else { return "" }
    return try vm.str(try vm.callMethod(method, .object(self), []))
  }
}
