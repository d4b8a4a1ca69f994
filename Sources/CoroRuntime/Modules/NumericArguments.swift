// Argument conversions shared by the number methods and the math, random,
// itertools and operator modules: CPython's PyNumber_Index, PyLong_AsSsize_t
// and PyFloat_AsDouble, with their error messages.

import BigInt

extension Value {
  /// The value as a Python int (int, bool or big int), nil for anything else.
  var exactInteger: BigInt? {
    switch self {
    case .int(let i): return BigInt(i)
    case .bool(let b): return BigInt(b ? 1 : 0)
    case .object(let o):
      if let b = o as? PyBigInt { return b.value }
      // An instance of an int subclass is an int (PyLong_Check).
      if let n = o as? PyBoxedNumber { return n.value.exactInteger }
      return nil
    default: return nil
    }
  }

  /// True for int, bool and big int values (and instances of int
  /// subclasses).
  var isInteger: Bool {
    switch self {
    case .int, .bool: return true
    case .object(let o):
      if o is PyBigInt { return true }
      if let n = o as? PyBoxedNumber { return n.value.isInteger }
      return false
    default: return false
    }
  }
}

extension VM {
  /// `operator.index(v)` as a BigInt: ints, bools, and objects with
  /// `__index__`; nil when `v` has no `__index__`.
  func bigIndex(_ v: Value) throws(PyException) -> BigInt? {
    if let i = v.exactInteger { return i }
    guard case .object(let o) = v, !o.type.isBuiltin || o is PyInstance,
      let m = o.type.lookup(Names.index)
    else { return nil }
    let r = try callMethod(m, v, [])
    guard let i = r.exactInteger else {
      throw PyException.typeError("__index__ returned non-int (type \(r.typeName))")
    }
    return i
  }

  /// An integer argument as a BigInt, with CPython's TypeError when it is
  /// not one.
  func bigIntArgument(_ v: Value) throws(PyException) -> BigInt {
    if let i = try bigIndex(v) { return i }
    throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
  }

  /// A `Py_ssize_t` argument: an integer that must fit a machine int
  /// ("Python int too large to convert to C ssize_t" otherwise).
  func sizeArgument(_ v: Value) throws(PyException) -> Int {
    let b = try bigIntArgument(v)
    guard let i = Int(exactly: b) else {
      throw PyException.overflowError("Python int too large to convert to C ssize_t")
    }
    return i
  }

  /// `PyFloat_AsDouble`: a float, an int (correctly rounded, OverflowError
  /// when too large), or an object with `__float__` or `__index__`; nil for
  /// anything else.
  func realNumber(_ v: Value) throws(PyException) -> Double? {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if let b = o as? PyBigInt { return try convert { try IntFloat.toDouble(b.value) } }
      if let n = o as? PyBoxedNumber { return try realNumber(n.value) }
      guard !o.type.isBuiltin || o is PyInstance else { return nil }
      if let m = o.type.lookup(Names.float) {
        let r = try callMethod(m, v, [])
        guard case .float(let d) = r else {
          throw PyException.typeError(
            "\(o.type.name).__float__ returned non-float (type \(r.typeName))")
        }
        return d
      }
      if let i = try bigIndex(v) { return try convert { try IntFloat.toDouble(i) } }
      return nil
    default: return nil
    }
  }

  /// A float argument (`PyFloat_AsDouble`), TypeError "must be real number,
  /// not str" otherwise.
  func floatArgument(_ v: Value) throws(PyException) -> Double {
    if let d = try realNumber(v) { return d }
    throw PyException.typeError("must be real number, not \(v.typeName)")
  }
}
