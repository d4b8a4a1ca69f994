import BigInt

/// An `int` too large for 64 bits. Always normalized: a value that fits in
/// `Int` is never a `PyBigInt` (see Value.swift).
final class PyBigInt: PyObject {
  let value: BigInt

  init(_ value: BigInt) {
    self.value = value
  }

  override var type: PyType { BuiltinTypes.int }
}

/// `tuple`: an immutable sequence.
final class PyTuple: PyObject {
  let items: [Value]

  init(_ items: [Value]) {
    self.items = items
  }

  static let empty = PyTuple([])

  deinit {
    subclassReference.release()
  }

  /// Set for instances of a user subclass (see `SubclassState`).
  var subclass: SubclassState? {
    get { subclassReference.object }
    set { subclassReference.object = newValue }
  }
  private var subclassReference = ManualReference<SubclassState>()

  override var type: PyType { subclass?.type ?? BuiltinTypes.tuple }
  override var typeIdentity: ObjectIdentifier {
    subclassReference.isNil ? BuiltinTypes.tupleIdentity : ObjectIdentifier(type)
  }
  override func instanceDictContains(_ name: PyStr) -> Bool {
    subclassReference.isNil ? false : super.instanceDictContains(name)
  }
  override var instanceDict: PyDict? { subclass?.dict }
  override var subclassState: SubclassState? { subclass }
}

/// `list`: a mutable sequence.
final class PyList: PyObject {
  var items: [Value]

  init(_ items: [Value] = []) {
    self.items = items
  }

  /// CPython's list_dealloc lets go of items last to first, which decides
  /// the order of what dying items print (`__del__`, "Task exception was
  /// never retrieved"). Swift releases an array's elements first to last,
  /// so the items are reversed first (moved in memory, no refcounting).
  deinit {
    items.reverseByMoving()
    subclassReference.release()
  }

  /// Empties `values`, releasing the items last to first (list.clear).
  static func releaseLastFirst(_ values: inout [Value]) {
    values.reverseByMoving()
    values.removeAll()
  }

  /// Set for instances of a user subclass (see `SubclassState`).
  var subclass: SubclassState? {
    get { subclassReference.object }
    set { subclassReference.object = newValue }
  }
  private var subclassReference = ManualReference<SubclassState>()

  override var type: PyType { subclass?.type ?? BuiltinTypes.list }
  override var typeIdentity: ObjectIdentifier {
    subclassReference.isNil ? BuiltinTypes.listIdentity : ObjectIdentifier(type)
  }
  override func instanceDictContains(_ name: PyStr) -> Bool {
    subclassReference.isNil ? false : super.instanceDictContains(name)
  }
  override var instanceDict: PyDict? { subclass?.dict }
  override var subclassState: SubclassState? { subclass }
}

/// `range(start, stop, step)`, lazily: nothing is materialised.
final class PyRange: PyObject {
  let start: Int
  let stop: Int
  let step: Int
  /// The number of values, computed once (CPython's range_length).
  let count: Int

  init(start: Int, stop: Int, step: Int) {
    self.start = start
    self.stop = stop
    self.step = step
    count = PyRange.length(start: start, stop: stop, step: step)
  }

  static func length(start: Int, stop: Int, step: Int) -> Int {
    // Computed in BigInt-free 128-bit style to avoid overflow traps for
    // extreme bounds: the span of two Ints fits in a UInt.
    if step > 0 {
      guard start < stop else { return 0 }
      let span = UInt(bitPattern: stop &- start)
      return Int(clamping: (span - 1) / UInt(step) + 1)
    } else {
      guard start > stop else { return 0 }
      let span = UInt(bitPattern: start &- stop)
      return Int(clamping: (span - 1) / step.magnitude + 1)
    }
  }

  /// The i-th value (0 ≤ i < count).
  @inline(__always)
  func item(_ i: Int) -> Int {
    start &+ i &* step
  }

  override var type: PyType { BuiltinTypes.range }
}

/// `slice(start, stop, step)` as made by `a[1:2:3]`.
final class PySlice: PyObject {
  let start: Value
  let stop: Value
  let step: Value

  init(start: Value, stop: Value, step: Value) {
    self.start = start
    self.stop = stop
    self.step = step
  }

  override var type: PyType { BuiltinTypes.slice }
}

/// A cell: one variable shared between a function and the functions nested
/// in it. `.null` means the variable is unbound.
final class PyCell: PyObject {
  var value: Value

  init(_ value: Value = .null) {
    self.value = value
  }

  override var type: PyType { BuiltinTypes.cell }
}

/// A module: a name and a namespace dictionary.
final class PyModule: PyObject {
  let name: String
  let dict: PyDict

  init(name: String, dict: PyDict = PyDict()) {
    self.name = name
    self.dict = dict
    super.init()
    dict.setString(Names.name, .str(name))
  }

  override var type: PyType { BuiltinTypes.module }
  override var instanceDict: PyDict? { dict }
}
