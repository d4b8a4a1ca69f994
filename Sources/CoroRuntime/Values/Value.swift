// Value: what a Python variable, a stack slot or a list item holds.
//
// The four kinds of value that programs create by the million are stored
// inline: None, bool, int (while it fits in 64 bits) and float. Everything
// else is a reference to a heap object, a subclass of `PyObject`. The enum
// takes 9 bytes (8 of payload, 1 tag) and a 16-byte stride, so copying a
// value never allocates and reading an int or float never dereferences.
//
// Ints past 64 bits live in `PyBigInt` objects. Arithmetic on `.int` checks
// for overflow and moves to `PyBigInt` only when needed; a `PyBigInt` whose
// value fits in 64 bits is always turned back into `.int`, so every integer
// has exactly one representation and equality can compare cases.
//
// `.null` is not a Python value: it marks an unbound local slot and the
// absent `self` of a `callMethod`. It never escapes into Python code.
//
// `bool` is a subclass of `int` in Python: `True + 1 == 2`, `True == 1`, and
// they hash alike. The operators and hashing treat `.bool` as 0/1 where
// Python does.

import BigInt

enum Value {
  case none
  case bool(Bool)
  case int(Int)
  case float(Double)
  case object(PyObject)
  /// Internal marker: no value (see the top of this file).
  case null

  /// Python's type of the value.
  var type: PyType {
    switch self {
    case .none: return BuiltinTypes.noneType
    case .bool: return BuiltinTypes.bool
    case .int: return BuiltinTypes.int
    case .float: return BuiltinTypes.float
    case .object(let o): return o.type
    case .null: return BuiltinTypes.noneType
    }
  }

  /// `type(x).__name__`, as error messages quote it.
  var typeName: String { type.name }

  @inline(__always)
  var isNone: Bool {
    if case .none = self { return true }
    return false
  }

  @inline(__always)
  var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// True when this is the object at `pointer` (compared by address, so
  /// that a check needs no retain of either side).
  @inline(__always)
  func isObject(_ pointer: UnsafeMutableRawPointer) -> Bool {
    if case .object(let o) = self { return Unmanaged.passUnretained(o).toOpaque() == pointer }
    return false
  }

  @inline(__always)
  var asObject: PyObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// The object when it is a `T`.
  @inline(__always)
  func `as`<T: PyObject>(_: T.Type) -> T? {
    if case .object(let o) = self { return o as? T }
    return nil
  }

  @inline(__always)
  var asStr: PyStr? {
    if case .object(let o) = self { return o as? PyStr }
    return nil
  }

  /// Identity, as Python's `is`: same inline value or same object.
  func isIdentical(to other: Value) -> Bool {
    switch (self, other) {
    case (.none, .none), (.null, .null): return true
    case let (.bool(a), .bool(b)): return a == b
    // Small ints are cached singletons in CPython; all inline ints are
    // "the same object" here, which agrees for every value tutorials use.
    case let (.int(a), .int(b)): return a == b
    case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
    case let (.object(a), .object(b)): return a === b
    default: return false
    }
  }
}

extension Value {
  /// Makes an int value from a BigInt, inline when it fits.
  static func int(_ big: BigInt) -> Value {
    if let small = Int(exactly: big) { return .int(small) }
    return .object(PyBigInt(big))
  }

  static func str(_ s: String) -> Value {
    .object(PyStr(s))
  }

  static func tuple(_ items: [Value]) -> Value {
    .object(PyTuple(items))
  }

  static func list(_ items: [Value]) -> Value {
    .object(PyList(items))
  }
}
