import CoroCompiler

/// What the container method installers share: receiver checks, the
/// argument checks of CPython's slot wrappers, index arguments, and the
/// searches behind `list.index`/`tuple.index`.
extension BuiltinTypes {
  /// The receiver of a builtin method as its Swift class, or CPython's
  /// descriptor error (reachable when a method is called on a subclass
  /// instance of another representation).
  @inline(__always)
  static func receiver<T: PyObject>(
    _ v: Value, _ kind: T.Type, _ method: StaticString, _ owner: StaticString
  ) throws(PyException) -> T {
    if case .object(let o) = v, let x = o as? T { return x }
    throw PyException.typeError(
      "descriptor '\(method)' for '\(owner)' objects doesn't apply to a '\(v.typeName)' object")
  }

  /// `NotImplemented`, as binary dunders return it for foreign operands.
  static var notImplemented: Value { .object(notImplementedObject) }

  /// Adds the six rich comparisons as slot wrappers that defer to the
  /// native comparison when `accepts` says the operand is of a comparable
  /// type, else return NotImplemented (`[].__eq__(1)`).
  /// With `ordered: false` only `__eq__`/`__ne__` (dicts have no order).
  static func addRichComparisons(
    _ type: PyType, ordered: Bool = true, accepts: @escaping (Value) -> Bool
  ) {
    var ops: [(String, ComparisonOperation)] = [("__eq__", .equal), ("__ne__", .notEqual)]
    if ordered {
      ops += [
        ("__lt__", .less), ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual),
      ]
    }
    for (name, kind) in ops {
      type.addMethod(name) { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        try args.wrapper(name, 1)
        let other = args[0]
        guard accepts(other) else { return notImplemented }
        return try vm.nativeCompare(kind, selfValue, other)
      }
    }
  }

  /// Sets `__hash__ = None`, as CPython's mutable containers have it.
  static func markUnhashable(_ type: PyType) {
    type.setAttribute(PyStr.intern("__hash__"), .none)
  }
}

extension Args {
  /// A slot wrapper's checks (`list.__len__`, `dict.__setitem__`):
  /// `expected 1 argument, got 0`. `unpackStyle` gives the variant with a
  /// leading space that CPython's `PyArg_UnpackTuple(args, "", ...)` makes.
  func wrapper(_ name: String, _ n: Int, unpackStyle: Bool = false) throws(PyException) {
    if keywordCount > 0 {
      throw PyException.typeError("wrapper \(name)() takes no keyword arguments")
    }
    if count != n {
      throw PyException.typeError(
        "\(unpackStyle ? " " : "")expected \(n) argument\(n == 1 ? "" : "s"), got \(count)")
    }
  }

  /// Argument Clinic's positional-only checks without building an array:
  /// no keywords (`list.pop() takes no keyword arguments`), then the count
  /// (`pop expected at most 1 argument, got 2`).
  @inline(__always)
  func positionalOnly(
    _ qualified: StaticString, _ name: StaticString, _ min: Int, _ max: Int
  ) throws(PyException) {
    if keywordCount > 0 {
      throw PyException.typeError("\(qualified)() takes no keyword arguments")
    }
    let n = count
    if n < min || n > max { try checkCount("\(name)", min, max) }
  }

  /// METH_O without building the method name unless it fails.
  @inline(__always)
  func single(_ qualified: StaticString) throws(PyException) -> Value {
    if keywordCount == 0 && count == 1 { return values[0] }
    return try one("\(qualified)")
  }

  /// METH_NOARGS without building the method name unless it fails.
  @inline(__always)
  func noArguments(_ qualified: StaticString) throws(PyException) {
    if values.isEmpty { return }
    try none("\(qualified)")
  }
}

extension VM {
  /// A `Py_ssize_t` argument (`list.insert`, `list.pop`): ints, bools and
  /// `__index__`; big ints overflow as in CPython.
  func ssizeArgument(_ v: Value) throws(PyException) -> Int {
    if case .int(let i) = v { return i }
    if v.as(PyBigInt.self) != nil {
      throw PyException.overflowError("Python int too large to convert to C ssize_t")
    }
    return try intArgument(v)
  }

  /// A start/stop bound of `index()` (`_PyEval_SliceIndexNotNone`): big
  /// ints clamp to the ends instead of failing.
  func searchBound(_ v: Value) throws(PyException) -> Int {
    if case .int(let i) = v { return i }
    if let b = v.as(PyBigInt.self) { return b.value.signum() < 0 ? Int.min : Int.max }
    guard let i = try index(v) else {
      throw PyException.typeError("slice indices must be integers or have an __index__ method")
    }
    return i
  }

  /// The `[start, stop)` window of `seq.index(x, start, stop)` for a
  /// sequence of `count` items, negative bounds counted from the end.
  func searchWindow(_ args: Args, count: Int) throws(PyException) -> (start: Int, stop: Int) {
    var start = 0
    var stop = Int.max
    if args.count > 1 { start = try searchBound(args[1]) }
    if args.count > 2 { stop = try searchBound(args[2]) }
    if start < 0 {
      start += count
      if start < 0 { start = 0 }
    }
    if stop < 0 {
      stop += count
      if stop < 0 { stop = 0 }
    }
    return (start, stop)
  }

  /// How many items equal `x` (`list.count`, `tuple.count`), comparing
  /// item first as CPython does.
  func countEqual(_ items: [Value], _ x: Value) throws(PyException) -> Int {
    var n = 0
    for item in items where try valuesEqual(item, x) { n += 1 }
    return n
  }
}
