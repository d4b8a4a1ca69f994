import BigInt
import CoroCompiler
import Foundation

/// Binary and unary operators, following CPython's `binary_op1`: the
/// builtin numeric tower and sequences natively, then user classes'
/// `__op__`/`__rop__` methods with `NotImplemented`, then the error with
/// CPython's wording.
extension VM {
  func binaryOperation(_ op: BinaryOperation, _ a: Value, _ b: Value) throws(PyException) -> Value {
    if let r = try numericOperation(op.base, a, b) { return r }
    if a.isSubclassInstance || b.isSubclassInstance {
      // Methods the user classes define come first; then the builtin
      // behaviour of the storage (an int subclass adds as an int).
      if let r = try userOperation(op, a, b, definedByUser: true) { return r }
      if let r = try nativeBinaryOperation(op, a, b) { return r }
      throw binaryError(op, a, b)
    }
    if let r = try sequenceOperation(op, a, b) { return r }
    if let r = try userOperation(op, a, b) { return r }
    if op.base == .bitOr, let union = PyUnion.combine(a, b) { return union }
    throw binaryError(op, a, b)
  }

  /// The builtin operator on the operands' storage, ignoring methods of
  /// user subclasses (`list.__add__`, `int.__mul__` called on instances of
  /// subclasses); nil when the builtin types do not support it.
  func nativeBinaryOperation(_ op: BinaryOperation, _ a: Value, _ b: Value) throws(PyException) -> Value? {
    let (x, y) = (a.unboxedNumber, b.unboxedNumber)
    if let r = try numericOperation(op.base, x, y) { return r }
    if let r = try complexOperation(op.base, x, y, subclasses: true) { return r }
    return try sequenceOperation(op, x, y)
  }

  func binaryError(_ op: BinaryOperation, _ a: Value, _ b: Value) -> PyException {
    let base = op.base
    if base == .add, let t = concatenableName(a), b.type !== a.type {
      return PyException.typeError("can only concatenate \(t) (not \"\(b.typeName)\") to \(t)")
    }
    if base == .add, a.as(PyBytes.self) != nil {
      return PyException.typeError("can't concat \(b.typeName) to bytes")
    }
    if base == .multiply, isSequence(a) || isSequence(b) {
      let other = isSequence(a) ? b : a
      if case .float = other {
        return PyException.typeError("can't multiply sequence by non-int of type 'float'")
      }
      if !isSequence(other) || isSequence(a) && isSequence(b) {
        return PyException.typeError("can't multiply sequence by non-int of type '\(other.typeName)'")
      }
    }
    if base == .power {
      return PyException.typeError(
        "unsupported operand type(s) for \(op.isInplace ? "**=" : "** or pow()"): '\(a.typeName)' and '\(b.typeName)'")
    }
    return PyException.typeError(
      "unsupported operand type(s) for \(op.symbol): '\(a.typeName)' and '\(b.typeName)'")
  }

  private func concatenableName(_ v: Value) -> String? {
    guard case .object(let o) = v else { return nil }
    if o is PyStr { return "str" }
    if o is PyList { return "list" }
    if o is PyTuple { return "tuple" }
    return nil
  }

  private func isSequence(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    return o is PyStr || o is PyList || o is PyTuple || o is PyBytes
  }

  // MARK: - Numbers

  /// An int-like operand: inline Int, BigInt, or bool.
  private enum Integer {
    case small(Int)
    case big(BigInt)

    var big: BigInt {
      switch self {
      case .small(let i): return BigInt(i)
      case .big(let b): return b
      }
    }
  }

  private func integer(_ v: Value) -> Integer? {
    switch v {
    case .int(let i): return .small(i)
    case .bool(let b): return .small(b ? 1 : 0)
    case .object(let o):
      if let b = o as? PyBigInt { return .big(b.value) }
      return nil
    default: return nil
    }
  }

  /// The value as a float operand (ints converted exactly or with
  /// CPython's OverflowError), or nil when it is not a number.
  func floatOperand(_ v: Value) throws(PyException) -> Double? {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if let b = o as? PyBigInt { return try convert { try IntFloat.toDouble(b.value) } }
      return nil
    default: return nil
    }
  }

  private func numericOperation(_ op: BinaryOperation, _ a: Value, _ b: Value) throws(PyException) -> Value? {
    if case .bool(let x) = a, case .bool(let y) = b {
      // bool's own &, | and ^ keep the result a bool.
      switch op {
      case .bitAnd: return .bool(x && y)
      case .bitOr: return .bool(x || y)
      case .bitXor: return .bool(x != y)
      default: break
      }
    }
    switch (a, b) {
    case (.float, _), (_, .float):
      guard let x = try floatOperand(a), let y = try floatOperand(b) else {
        return try complexOperation(op, a, b)
      }
      return try floatOperation(op, x, y)
    default:
      guard let x = integer(a), let y = integer(b) else { return try complexOperation(op, a, b) }
      if case .small(let i) = x, case .small(let j) = y {
        return try smallIntOperation(op, i, j)
      }
      return try bigIntOperation(op, x.big, y.big)
    }
  }

  private func floatOperation(_ op: BinaryOperation, _ x: Double, _ y: Double) throws(PyException) -> Value? {
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .trueDivide:
      if y == 0 { throw PyException.zeroDivision("float division by zero") }
      return .float(x / y)
    case .floorDivide:
      return .float(try convert { try FloatArithmetic.floorDivide(x, y) })
    case .modulo:
      return .float(try convert { try FloatArithmetic.remainder(x, y) })
    case .power:
      switch try convert({ try FloatArithmetic.power(x, y) }) {
      case .real(let r): return .float(r)
      case .complex:
        // A negative base to a fractional power: float_pow hands the
        // operation to complex.
        return try complexResult(.power, ComplexValue(x, 0), ComplexValue(y, 0))
      }
    default:
      return nil
    }
  }

  /// A builtin number as a complex operand: int, bool, float, complex
  /// (instances of their subclasses too).
  func isComplexOperand(_ v: Value) -> Bool {
    switch v.unboxedNumber {
    case .int, .bool, .float: return true
    case .object(let o): return o is PyComplex || o is PyBigInt
    default: return false
    }
  }

  /// The operand converted as complex's TO_COMPLEX does: ints through
  /// float (OverflowError past the float range), with a zero imaginary part.
  private func complexOperand(_ v: Value) throws(PyException) -> ComplexValue? {
    if let c = v.as(PyComplex.self) { return c.value }
    guard let d = try floatOperand(v) else { return nil }
    return ComplexValue(d, 0)
  }

  /// `+ - * / **` when either operand is a complex and the other a builtin
  /// number; nil otherwise (and for `//`, `%`, the bitwise operators, which
  /// complex does not define). `subclasses` lets instances of complex
  /// subclasses in: the fast path leaves them to their class's methods.
  func complexOperation(
    _ op: BinaryOperation, _ a: Value, _ b: Value, subclasses: Bool = false
  ) throws(PyException) -> Value? {
    func isComplex(_ v: Value) -> Bool {
      guard let c = v.as(PyComplex.self) else { return false }
      return subclasses || c.subclass == nil
    }
    guard isComplex(a) || isComplex(b) else { return nil }
    switch op {
    case .add, .subtract, .multiply, .trueDivide, .power: break
    default: return nil
    }
    if !subclasses && (a.isSubclassInstance || b.isSubclassInstance) { return nil }
    guard let x = try complexOperand(a), let y = try complexOperand(b) else { return nil }
    return try complexResult(op, x, y)
  }

  private func complexResult(_ op: BinaryOperation, _ x: ComplexValue, _ y: ComplexValue) throws(PyException) -> Value? {
    let z: ComplexValue
    switch op {
    case .add: z = ComplexMath.sum(x, y)
    case .subtract: z = ComplexMath.difference(x, y)
    case .multiply: z = ComplexMath.product(x, y)
    case .trueDivide:
      do {
        z = try ComplexMath.quotient(x, y)
      } catch {
        throw PyException.zeroDivision("complex division by zero")
      }
    case .power:
      do {
        z = try ComplexMath.power(x, y)
      } catch .zeroDivision {
        throw PyException.zeroDivision("0.0 to a negative or complex power")
      } catch {
        throw PyException.overflowError("complex exponentiation")
      }
    default: return nil
    }
    return .object(PyComplex(z.real, z.imag))
  }

  private func smallIntOperation(_ op: BinaryOperation, _ x: Int, _ y: Int) throws(PyException) -> Value? {
    switch op {
    case .add:
      let (r, o) = x.addingReportingOverflow(y)
      return o ? .int(BigInt(x) + BigInt(y)) : .int(r)
    case .subtract:
      let (r, o) = x.subtractingReportingOverflow(y)
      return o ? .int(BigInt(x) - BigInt(y)) : .int(r)
    case .multiply:
      let (r, o) = x.multipliedReportingOverflow(by: y)
      return o ? .int(BigInt(x) * BigInt(y)) : .int(r)
    case .trueDivide:
      if y == 0 { throw PyException.zeroDivision("division by zero") }
      return .float(try convert { try IntFloat.trueDivide(x, y) })
    case .floorDivide:
      if y == 0 { throw PyException.zeroDivision("integer division or modulo by zero") }
      if x == Int.min && y == -1 { return .int(-BigInt(x)) }
      return .int(floorDiv(x, y))
    case .modulo:
      if y == 0 { throw PyException.zeroDivision("integer modulo by zero") }
      if y == -1 { return .int(0) }
      return .int(floorMod(x, y))
    case .power:
      if y < 0 {
        return .float(try convert { try FloatArithmetic.power(BigInt(x), negativeExponent: BigInt(y)) })
      }
      return try intPower(BigInt(x), y)
    case .leftShift:
      if y < 0 { throw PyException.valueError("negative shift count") }
      if x == 0 { return .int(0) }
      if y < 63 {
        let shifted = x << y
        if shifted >> y == x { return .int(shifted) }
      }
      guard y <= 1 << 40 else { throw PyException.overflowError("too many digits in integer") }
      return .int(BigInt(x) << y)
    case .rightShift:
      if y < 0 { throw PyException.valueError("negative shift count") }
      return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    default: return nil
    }
  }

  private func bigIntOperation(_ op: BinaryOperation, _ x: BigInt, _ y: BigInt) throws(PyException) -> Value? {
    switch op {
    case .add: return .int(x + y)
    case .subtract: return .int(x - y)
    case .multiply: return .int(x * y)
    case .trueDivide:
      if y.isZero { throw PyException.zeroDivision("division by zero") }
      return .float(try convert { try IntFloat.trueDivide(x, y) })
    case .floorDivide:
      if y.isZero { throw PyException.zeroDivision("integer division or modulo by zero") }
      return .int(bigFloorDivMod(x, y).quotient)
    case .modulo:
      if y.isZero { throw PyException.zeroDivision("integer modulo by zero") }
      return .int(bigFloorDivMod(x, y).remainder)
    case .power:
      if y.signum() < 0 {
        return .float(try convert { try FloatArithmetic.power(x, negativeExponent: y) })
      }
      guard let e = Int(exactly: y) else {
        if x == 0 || x == 1 { return .int(x) }
        if x == -1 { return .int((y.magnitude.words.first ?? 0) & 1 == 1 ? -1 : 1) }
        throw PyException.overflowError("exponent too large")
      }
      return try intPower(x, e)
    case .leftShift:
      if y.signum() < 0 { throw PyException.valueError("negative shift count") }
      if x.isZero { return .int(0) }
      guard let s = Int(exactly: y), s <= 1 << 40 else {
        throw PyException.overflowError("too many digits in integer")
      }
      return .int(x << s)
    case .rightShift:
      if y.signum() < 0 { throw PyException.valueError("negative shift count") }
      guard let s = Int(exactly: y) else { return .int(x.signum() < 0 ? -1 : 0) }
      // BigInt's >> on negatives rounds toward zero; Python floors.
      if x.signum() < 0 {
        return .int(-((-x - 1) >> s) - 1)
      }
      return .int(x >> s)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    default: return nil
    }
  }

  private func intPower(_ base: BigInt, _ exponent: Int) throws(PyException) -> Value {
    if base.isZero { return .int(exponent == 0 ? 1 : 0) }
    if base == 1 { return .int(1) }
    if base == -1 { return .int(exponent % 2 == 0 ? 1 : -1) }
    // Guard against results too large to hold (CPython would run out of
    // memory much later; a learner's typo should not hang the machine).
    let bits = Double(base.magnitude.bitWidth) * Double(exponent)
    if bits > 1e9 { throw PyException(type: BuiltinTypes.memoryError, args: []) }
    return .int(base.power(exponent))
  }

  /// The result of a binary operation on two small ints when it needs no
  /// error and no big int; nil sends the operation down the general path.
  @inline(__always)
  static func smallIntFastPath(_ op: Int, _ x: Int, _ y: Int) -> Value? {
    switch op >= 13 ? op &- 13 : op {
    case 0:  // +
      let (r, o) = x.addingReportingOverflow(y)
      return o ? nil : .int(r)
    case 10:  // -
      let (r, o) = x.subtractingReportingOverflow(y)
      return o ? nil : .int(r)
    case 5:  // *
      let (r, o) = x.multipliedReportingOverflow(by: y)
      return o ? nil : .int(r)
    case 2:  // //
      if y == 0 || (x == Int.min && y == -1) { return nil }
      let q = x / y
      return .int((x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q)
    case 6:  // %
      if y == 0 { return nil }
      if y == -1 { return .int(0) }
      let r = x % y
      return .int((r != 0 && ((r < 0) != (y < 0))) ? r + y : r)
    case 1: return .int(x & y)
    case 7: return .int(x | y)
    case 12: return .int(x ^ y)
    case 11:  // /: exact when both fit in a double's 53 bits
      if y == 0 || x.magnitude > 1 << 53 || y.magnitude > 1 << 53 { return nil }
      return .float(Double(x) / Double(y))
    default: return nil
    }
  }

  @inline(__always)
  func floorDiv(_ x: Int, _ y: Int) -> Int {
    let q = x / y
    return (x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q
  }

  @inline(__always)
  func floorMod(_ x: Int, _ y: Int) -> Int {
    let r = x % y
    return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r
  }

  func bigFloorDivMod(_ x: BigInt, _ y: BigInt) -> (quotient: BigInt, remainder: BigInt) {
    var (q, r) = x.quotientAndRemainder(dividingBy: y)
    if !r.isZero && (r.signum() < 0) != (y.signum() < 0) {
      q -= 1
      r += y
    }
    return (q, r)
  }

  /// Runs a formatting/numeric helper, turning its error into the Python
  /// exception it stands for.
  func convert<T>(_ body: () throws -> T) throws(PyException) -> T {
    do {
      return try body()
    } catch let e as FormatError {
      throw PyException.from(e)
    } catch {
      throw PyException.systemError("\(error)")
    }
  }

  // MARK: - Sequences

  private func sequenceOperation(_ op: BinaryOperation, _ a: Value, _ b: Value) throws(PyException) -> Value? {
    guard case .object(let x) = a else {
      if op.base == .multiply, case .object(let y) = b, isSequence(b), let n = try repeatCount(a) {
        return try repeatSequence(y, n)
      }
      return nil
    }
    switch op.base {
    case .add:
      if let s = x as? PyStr, let t = b.asStr {
        // Adding "" returns the other operand, when it is an exact str.
        if s.value.isEmpty && t.subclass == nil { return b }
        if t.value.isEmpty && s.subclass == nil { return a }
        return .object(PyStr.concatenation(s, t))
      }
      if let l = x as? PyList, let m = b.as(PyList.self) {
        if op.isInplace {
          l.items.append(contentsOf: m.items)
          return a
        }
        return .object(PyList(l.items + m.items))
      }
      if op.isInplace, let l = x as? PyList {
        // `lst += iterable` extends with any iterable (list.__iadd__).
        let items = try iterate(b)
        l.items.append(contentsOf: items)
        return a
      }
      if let t = x as? PyTuple, let u = b.as(PyTuple.self) {
        return .object(PyTuple(t.items + u.items))
      }
      if let p = x as? PyBytes, let q = b.as(PyBytes.self) {
        // `buf += data` grows a bytearray in place (bytearray_iconcat).
        if op.isInplace && p.isMutable {
          p.bytes.append(contentsOf: q.bytes)
          return a
        }
        return .object(p.sameKind(p.bytes + q.bytes))
      }
      return nil
    case .multiply:
      if !isSequence(a), case .object(let y) = b, isSequence(b), let n = try repeatCount(a) {
        return try repeatSequence(y, n)  // a big int times a sequence
      }
      if isSequence(a), let n = try repeatCount(b) {
        if op.isInplace, let l = x as? PyList {
          // list.__imul__: the same checks, then in place.
          guard case .object(let repeatedList) = try repeatSequence(l, n),
            let items = (repeatedList as? PyList)?.items
          else { return a }
          l.items = items
          return a
        }
        return try repeatSequence(x, n)
      }
      return nil
    case .modulo:
      if let s = x as? PyStr { return .object(try percentFormat(s, b)) }
      return nil
    case .bitOr, .bitAnd, .bitXor, .subtract:
      if let s = x as? PySet, let t = b.as(PySet.self) {
        return try setOperation(op, s, t)
      }
      if op.base == .bitOr, let d = x as? PyDict, let e = b.as(PyDict.self) {
        if op.isInplace {
          try dictUpdate(d, b, forCall: nil)
          return a
        }
        let result = d.copy()
        for entry in e.liveEntries { try result.set(entry.key, hash: entry.hash, entry.value, vm: self) }
        return .object(result)
      }
      if let view = x as? PyDictView, view.kind != .values {
        // Keys and items views act as sets (dict_keys & other → set).
        let s = PySet()
        for k in try iterate(a) { try s.add(k, vm: self) }
        let t = PySet()
        for k in try iterate(b) { try t.add(k, vm: self) }
        return try setOperation(op.base, s, t)
      }
      return nil
    default:
      return nil
    }
  }

  /// The count of `seq * n` (PyNumber_AsSsize_t with OverflowError): nil
  /// when `v` is not an int.
  private func repeatCount(_ v: Value) throws(PyException) -> Int? {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if o is PyBigInt {
        throw PyException.overflowError("cannot fit 'int' into an index-sized integer")
      }
      return nil
    default: return nil
    }
  }

  /// The items of `seq * n`, with the size checks of CPython's repeat
  /// functions: a str or bytes whose length would not fit a Py_ssize_t is
  /// "too long" (OverflowError), a list or tuple whose pointer array would
  /// not is a MemoryError; so is anything past what Coro will allocate.
  private func repeatSequence(_ x: PyObject, _ n: Int) throws(PyException) -> Value {
    let count = max(n, 0)
    func checkSize(_ length: Int, _ unit: Int, tooLong: String?) throws(PyException) {
      guard count > 0 && length > 0 else { return }
      if length > Int.max / count {
        if let tooLong { throw PyException.overflowError(tooLong) }
        throw PyException(type: BuiltinTypes.memoryError, args: [])
      }
      if length > Int.max / unit / count || length * count * unit > 1 << 32 {
        throw PyException(type: BuiltinTypes.memoryError, args: [])
      }
    }
    if let s = x as? PyStr {
      try checkSize(s.count, 1, tooLong: "repeated string is too long")
      if count == 0 || s.value.isEmpty { return .object(PyStr.empty) }
      return .str(String(repeating: s.value, count: count))
    }
    if let l = x as? PyList {
      try checkSize(l.items.count, MemoryLayout<Value>.stride, tooLong: nil)
      return .object(PyList(repeated(l.items, count)))
    }
    if let t = x as? PyTuple {
      try checkSize(t.items.count, MemoryLayout<Value>.stride, tooLong: nil)
      return .object(PyTuple(repeated(t.items, count)))
    }
    if let b = x as? PyBytes {
      try checkSize(b.bytes.count, 1, tooLong: "repeated bytes are too long")
      return .object(b.sameKind(repeated(b.bytes, count)))
    }
    throw PyException.typeError("can't multiply sequence by non-int")
  }

  private func repeated<T>(_ items: [T], _ count: Int) -> [T] {
    var out: [T] = []
    out.reserveCapacity(items.count * count)
    for _ in 0..<count { out.append(contentsOf: items) }
    return out
  }

  // MARK: - User classes

  private static let operatorNames: [BinaryOperation: (String, String, String)] = [
    .add: ("__add__", "__radd__", "__iadd__"),
    .subtract: ("__sub__", "__rsub__", "__isub__"),
    .multiply: ("__mul__", "__rmul__", "__imul__"),
    .matrixMultiply: ("__matmul__", "__rmatmul__", "__imatmul__"),
    .trueDivide: ("__truediv__", "__rtruediv__", "__itruediv__"),
    .floorDivide: ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    .modulo: ("__mod__", "__rmod__", "__imod__"),
    .power: ("__pow__", "__rpow__", "__ipow__"),
    .leftShift: ("__lshift__", "__rlshift__", "__ilshift__"),
    .rightShift: ("__rshift__", "__rrshift__", "__irshift__"),
    .bitAnd: ("__and__", "__rand__", "__iand__"),
    .bitOr: ("__or__", "__ror__", "__ior__"),
    .bitXor: ("__xor__", "__rxor__", "__ixor__"),
  ]

  private func isNotImplemented(_ v: Value) -> Bool {
    if case .object(let o) = v { return o === BuiltinTypes.notImplementedObject }
    return false
  }

  /// The operands' `__op__`/`__rop__` (and `__iop__`); with
  /// `definedByUser`, only methods Python classes define (not those a user
  /// class inherits from a builtin base).
  private func userOperation(
    _ op: BinaryOperation, _ a: Value, _ b: Value, definedByUser: Bool = false
  ) throws(PyException) -> Value? {
    guard let names = VM.operatorNames[op.base] else { return nil }
    let ta = a.type
    let tb = b.type
    if ta.isBuiltin && tb.isBuiltin { return nil }
    func method(_ t: PyType, _ name: String) -> Value? {
      definedByUser ? userMethod(t, PyStr.intern(name)) : t.lookup(PyStr.intern(name))
    }
    if op.isInplace, !ta.isBuiltin, let m = method(ta, names.2) {
      let r = try callMethod(m, a, [b])
      if !isNotImplemented(r) { return r }
    }
    let forward = ta.isBuiltin ? nil : method(ta, names.0)
    let reflected = (tb === ta || tb.isBuiltin) ? nil : method(tb, names.1)
    // A subclass's reflected method goes first (CPython's binary_op1).
    if let r = reflected, tb.isSubtype(of: ta) {
      let result = try callMethod(r, b, [a])
      if !isNotImplemented(result) { return result }
      if let f = forward {
        let result = try callMethod(f, a, [b])
        if !isNotImplemented(result) { return result }
      }
      return nil
    }
    if let f = forward {
      let result = try callMethod(f, a, [b])
      if !isNotImplemented(result) { return result }
    }
    if let r = reflected {
      let result = try callMethod(r, b, [a])
      if !isNotImplemented(result) { return result }
    }
    return nil
  }

  // MARK: - Unary

  func negate(_ v: Value) throws(PyException) -> Value {
    switch v {
    case .int(let i):
      return i == Int.min ? .int(-BigInt(i)) : .int(-i)
    case .bool(let b): return .int(b ? -1 : 0)
    case .float(let d): return .float(-d)
    case .object(let o):
      if let b = o as? PyBigInt { return .int(-b.value) }
      if let c = o as? PyComplex, c.subclass == nil || userMethod(o.type, Names.neg) == nil {
        return .object(PyComplex(-c.real, -c.imag))
      }
      if !o.type.isBuiltin, let m = o.type.lookup(Names.neg) { return try callMethod(m, v, []) }
    default: break
    }
    throw PyException.typeError("bad operand type for unary -: '\(v.typeName)'")
  }

  func positive(_ v: Value) throws(PyException) -> Value {
    switch v {
    case .int, .float: return v
    case .bool(let b): return .int(b ? 1 : 0)
    case .object(let o):
      if o is PyBigInt { return v }
      if let c = o as? PyComplex, c.subclass == nil || userMethod(o.type, Names.pos) == nil {
        return c.subclass == nil ? v : .object(PyComplex(c.real, c.imag))
      }
      if !o.type.isBuiltin, let m = o.type.lookup(Names.pos) { return try callMethod(m, v, []) }
    default: break
    }
    throw PyException.typeError("bad operand type for unary +: '\(v.typeName)'")
  }

  func invert(_ v: Value) throws(PyException) -> Value {
    switch v {
    case .int(let i): return .int(~i)
    case .bool(let b): return .int(b ? -2 : -1)
    case .object(let o):
      if let b = o as? PyBigInt { return .int(-b.value - 1) }
      if !o.type.isBuiltin, let m = o.type.lookup(Names.invert) { return try callMethod(m, v, []) }
    default: break
    }
    throw PyException.typeError("bad operand type for unary ~: '\(v.typeName)'")
  }

  // MARK: - Truth

  func isTrue(_ v: Value) throws(PyException) -> Bool {
    switch v {
    case .none, .null: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .object(let o):
      if let s = o as? PyStr, s.subclass == nil { return !s.value.isEmpty }
      if let l = o as? PyList, l.subclass == nil { return !l.items.isEmpty }
      if let t = o as? PyTuple, t.subclass == nil { return !t.items.isEmpty }
      if let d = o as? PyDict, d.subclass == nil { return d.count > 0 }
      if let s = o as? PySet, s.subclass == nil { return s.count > 0 }
      if o is PyBigInt { return true }
      if let c = o as? PyComplex, c.subclass == nil { return c.real != 0 || c.imag != 0 }
      if let r = o as? PyRange { return r.count > 0 }
      if let b = o as? PyBytes { return !b.bytes.isEmpty }
      if let state = o.subclassState { return try subclassIsTrue(o, v, state.type) }
      let type = o.type
      if type.isBuiltin && !(o is PyInstance) {
        if o === BuiltinTypes.notImplementedObject { return true }
        return true
      }
      if let m = type.lookup(Names.bool) {
        let r = try callMethod(m, v, [])
        guard case .bool(let b) = r else {
          throw PyException.typeError("__bool__ should return bool, returned \(r.typeName)")
        }
        return b
      }
      if let m = type.lookup(Names.len) {
        let r = try callMethod(m, v, [])
        return try lengthResult(r) != 0
      }
      return true
    }
  }

  /// The truth of an instance of a builtin subclass: the class's own
  /// `__bool__` or `__len__`, else its storage's.
  private func subclassIsTrue(_ o: PyObject, _ v: Value, _ type: PyType) throws(PyException) -> Bool {
    if let m = userMethod(type, Names.bool) {
      let r = try callMethod(m, v, [])
      guard case .bool(let b) = r else {
        throw PyException.typeError("__bool__ should return bool, returned \(r.typeName)")
      }
      return b
    }
    if let m = userMethod(type, Names.len) {
      return try lengthResult(try callMethod(m, v, [])) != 0
    }
    if let n = o as? PyBoxedNumber { return try isTrue(n.value) }
    if let c = o as? PyComplex { return c.real != 0 || c.imag != 0 }
    if let s = o as? PyStr { return !s.value.isEmpty }
    if let l = o as? PyList { return !l.items.isEmpty }
    if let t = o as? PyTuple { return !t.items.isEmpty }
    if let d = o as? PyDict { return d.count > 0 }
    if let s = o as? PySet { return s.count > 0 }
    return true
  }

  /// Validates a `__len__` result as CPython does.
  func lengthResult(_ r: Value) throws(PyException) -> Int {
    switch r {
    case .int(let i):
      if i < 0 { throw PyException.valueError("__len__() should return >= 0") }
      return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o) where o is PyBigInt:
      throw PyException.overflowError("cannot fit 'int' into an index-sized integer")
    default:
      throw PyException.typeError("'\(r.typeName)' object cannot be interpreted as an integer")
    }
  }
}

extension PyException {
  /// The Python exception a formatting or numeric helper's error stands for.
  static func from(_ e: FormatError) -> PyException {
    let type: PyType
    switch e.kind {
    case .valueError: type = BuiltinTypes.valueError
    case .overflowError: type = BuiltinTypes.overflowError
    case .typeError: type = BuiltinTypes.typeError
    case .zeroDivisionError: type = BuiltinTypes.zeroDivisionError
    case .memoryError: type = BuiltinTypes.memoryError
    }
    return PyException(type: type, message: e.message)
  }
}
