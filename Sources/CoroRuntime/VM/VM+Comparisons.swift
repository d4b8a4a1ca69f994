import BigInt
import CoroCompiler

/// Comparisons, equality, hashing and `in`, as CPython's
/// `PyObject_RichCompare`, `PyObject_Hash` and `PySequence_Contains`.
extension VM {
  func compare(_ op: ComparisonOperation, _ a: Value, _ b: Value) throws(PyException) -> Value {
    if let r = try builtinCompare(op, a, b) { return .bool(r) }
    return try richCompare(op, a, b)
  }

  /// Python `a == b` as a Swift Bool, with the identity shortcut CPython's
  /// containers use.
  func valuesEqual(_ a: Value, _ b: Value) throws(PyException) -> Bool {
    switch (a, b) {
    case let (.int(x), .int(y)): return x == y
    case let (.object(x), .object(y)):
      if x === y { return true }
      if let s = x as? PyStr, let t = y as? PyStr, s.subclass == nil && t.subclass == nil {
        return PyStr.equal(s, t)
      }
    case let (.float(x), .float(y)): return x == y
    default: break
    }
    if a.isIdentical(to: b) { return true }
    if let r = try builtinCompare(.equal, a, b) { return r }
    return try isTrue(try richCompare(.equal, a, b))
  }

  @inline(__always)
  func keysEqual(_ a: Value, _ b: Value) throws(PyException) -> Bool {
    try valuesEqual(a, b)
  }

  // MARK: - Builtin types

  /// The comparison for builtin operand types; nil when user code (or an
  /// unsupported pairing) decides.
  private func builtinCompare(_ op: ComparisonOperation, _ a: Value, _ b: Value) throws(PyException) -> Bool? {
    switch (a, b) {
    case let (.int(x), .int(y)): return ordered(op, x < y ? -1 : (x == y ? 0 : 1))
    case let (.float(x), .float(y)): return compareDoubles(op, x, y)
    case (.none, .none): return op == .equal ? true : (op == .notEqual ? false : nil)
    default: break
    }
    // User classes (and subclasses of builtins) decide in richCompare.
    if case .object(let x) = a, !x.type.isBuiltin || x is PyInstance { return nil }
    if case .object(let y) = b, !y.type.isBuiltin || y is PyInstance { return nil }
    return try storageCompare(op, a, b)
  }

  /// The comparison of builtin values by their storage (`list.__eq__`,
  /// `str.__lt__`... on instances of subclasses too); nil when the
  /// builtin types do not compare (`[] < ()`).
  private func storageCompare(_ op: ComparisonOperation, _ a: Value, _ b: Value) throws(PyException) -> Bool? {
    if let order = try numericOrder(a, b) {
      switch order {
      case .less: return ordered(op, -1)
      case .equal: return ordered(op, 0)
      case .greater: return ordered(op, 1)
      case .unordered: return op == .notEqual
      }
    }
    guard case .object(let x) = a, case .object(let y) = b else {
      if case .object(let o) = a, o is PyComplex { return complexCompare(op, a, b) }
      if case .object(let o) = b, o is PyComplex { return complexCompare(op, b, a) }
      return equalityFallback(op, a, b)
    }
    if let s = x as? PyStr, let t = y as? PyStr {
      return ordered(op, PyStr.compare(s, t))
    }
    if x is PyComplex { return complexCompare(op, a, b) }
    if y is PyComplex { return complexCompare(op, b, a) }
    if x is PyInstance || y is PyInstance { return nil }
    if let l = x as? PyList, let m = y as? PyList {
      return try compareSequences(op, l.items, m.items)
    }
    if let t = x as? PyTuple, let u = y as? PyTuple {
      return try compareSequences(op, t.items, u.items)
    }
    // Struct sequences (sys.version_info...) are tuples to comparisons.
    if x is PyStructSequence || y is PyStructSequence,
      let t = (x as? PyStructSequence)?.values ?? (x as? PyTuple)?.items,
      let u = (y as? PyStructSequence)?.values ?? (y as? PyTuple)?.items
    {
      return try compareSequences(op, t, u)
    }
    if let s = x as? PySet, let t = y as? PySet {
      return try compareSets(op, s, t)
    }
    if let d = x as? PyDict, let e = y as? PyDict {
      guard op == .equal || op == .notEqual else { return nil }
      let equal = try dictsEqual(d, e)
      return op == .equal ? equal : !equal
    }
    if let p = x as? PyBytes, let q = y as? PyBytes {
      if p.bytes == q.bytes { return ordered(op, 0) }
      for (c, d) in zip(p.bytes, q.bytes) where c != d { return ordered(op, c < d ? -1 : 1) }
      return ordered(op, p.bytes.count < q.bytes.count ? -1 : 1)
    }
    if let r = x as? PyRange, let s = y as? PyRange {
      guard op == .equal || op == .notEqual else { return nil }
      let equal = rangesEqual(r, s)
      return op == .equal ? equal : !equal
    }
    if let v = x as? PyDictView, let w = y as? PyDictView, v.kind == w.kind, v.kind != .values {
      let s = PySet()
      for k in try iterate(a) { try s.add(k, vm: self) }
      let t = PySet()
      for k in try iterate(b) { try t.add(k, vm: self) }
      return try compareSets(op, s, t)
    }
    if let e = x as? PyException, let f = y as? PyException, !e.type.isBuiltin || !f.type.isBuiltin {
      return nil
    }
    return equalityFallback(op, a, b)
  }

  /// `==` and `!=` between a complex `z` and another builtin number
  /// (complex_richcompare): equal parts, an int compared exactly with the
  /// real part; nil (TypeError, or identity for other types) otherwise.
  private func complexCompare(_ op: ComparisonOperation, _ z: Value, _ other: Value) -> Bool? {
    guard op == .equal || op == .notEqual, let c = z.as(PyComplex.self) else { return nil }
    let equal: Bool
    switch other {
    case .float(let d): equal = c.imag == 0 && c.real == d
    case .int(let i): equal = c.imag == 0 && IntFloat.compare(i, c.real) == .equal
    case .bool(let b): equal = c.imag == 0 && c.real == (b ? 1 : 0)
    case .object(let o):
      if let w = o as? PyComplex {
        equal = c.real == w.real && c.imag == w.imag
      } else if let b = o as? PyBigInt {
        equal = c.imag == 0 && IntFloat.compare(b.value, c.real) == .equal
      } else {
        return equalityFallback(op, z, other)
      }
    default: return equalityFallback(op, z, other)
    }
    return op == .equal ? equal : !equal
  }

  /// `list.__eq__(a, b)` and the other builtin comparison methods: the
  /// builtin comparison of the storage, without the user methods of
  /// subclasses; NotImplemented when the builtin types do not compare.
  func nativeCompare(_ op: ComparisonOperation, _ a: Value, _ b: Value) throws(PyException) -> Value {
    if let r = try storageCompare(op, a.unboxedNumber, b.unboxedNumber) { return .bool(r) }
    return .object(BuiltinTypes.notImplementedObject)
  }

  /// `==`/`!=` by identity for everything else; ordering is unsupported.
  private func equalityFallback(_ op: ComparisonOperation, _ a: Value, _ b: Value) -> Bool? {
    switch op {
    case .equal: return a.isIdentical(to: b)
    case .notEqual: return !a.isIdentical(to: b)
    default: return nil
    }
  }

  @inline(__always)
  private func ordered(_ op: ComparisonOperation, _ c: Int) -> Bool {
    switch op {
    case .less: return c < 0
    case .lessEqual: return c <= 0
    case .equal: return c == 0
    case .notEqual: return c != 0
    case .greater: return c > 0
    case .greaterEqual: return c >= 0
    }
  }

  private func compareDoubles(_ op: ComparisonOperation, _ x: Double, _ y: Double) -> Bool {
    switch op {
    case .less: return x < y
    case .lessEqual: return x <= y
    case .equal: return x == y
    case .notEqual: return x != y
    case .greater: return x > y
    case .greaterEqual: return x >= y
    }
  }

  /// Orders two numbers of mixed kinds exactly (no rounding of big ints).
  private func numericOrder(_ a: Value, _ b: Value) throws(PyException) -> NumericOrder? {
    func asInteger(_ v: Value) -> BigInt? {
      switch v {
      case .int(let i): return BigInt(i)
      case .bool(let b): return BigInt(b ? 1 : 0)
      case .object(let o): return (o as? PyBigInt)?.value
      default: return nil
      }
    }
    switch (a, b) {
    case let (.float(x), .float(y)):
      if x.isNaN || y.isNaN { return .unordered }
      return x < y ? .less : (x == y ? .equal : .greater)
    case (.float(let x), _):
      guard let i = asInteger(b) else { return nil }
      return flip(IntFloat.compare(i, x))
    case (_, .float(let y)):
      guard let i = asInteger(a) else { return nil }
      return IntFloat.compare(i, y)
    default:
      guard let i = asInteger(a), let j = asInteger(b) else { return nil }
      return i < j ? .less : (i == j ? .equal : .greater)
    }
  }

  private func flip(_ o: NumericOrder) -> NumericOrder {
    switch o {
    case .less: return .greater
    case .greater: return .less
    case .equal, .unordered: return o
    }
  }

  /// Lexicographic comparison (CPython's list_richcompare): the first
  /// unequal pair decides, else the lengths.
  private func compareSequences(_ op: ComparisonOperation, _ x: [Value], _ y: [Value]) throws(PyException) -> Bool {
    if (op == .equal || op == .notEqual) && x.count != y.count {
      return op == .notEqual
    }
    return try withRecursionGuard(" in comparison") { () throws(PyException) -> Bool in
      var i = 0
      while i < x.count && i < y.count {
        if !(try valuesEqual(x[i], y[i])) { break }
        i += 1
      }
      if i >= x.count || i >= y.count {
        return ordered(op, x.count < y.count ? -1 : (x.count == y.count ? 0 : 1))
      }
      switch op {
      case .equal: return false
      case .notEqual: return true
      default: return try isTrue(try compare(op, x[i], y[i]))
      }
    }
  }

  private func compareSets(_ op: ComparisonOperation, _ s: PySet, _ t: PySet) throws(PyException) -> Bool {
    func isSubset(_ a: PySet, _ b: PySet) throws(PyException) -> Bool {
      if a.count > b.count { return false }
      for k in a.keys where !(try b.contains(k, vm: self)) { return false }
      return true
    }
    switch op {
    case .equal: return s.count == t.count ? try isSubset(s, t) : false
    case .notEqual: return s.count == t.count ? !(try isSubset(s, t)) : true
    case .lessEqual: return try isSubset(s, t)
    case .less: return s.count < t.count ? try isSubset(s, t) : false
    case .greaterEqual: return try isSubset(t, s)
    case .greater: return t.count < s.count ? try isSubset(t, s) : false
    }
  }

  private func dictsEqual(_ d: PyDict, _ e: PyDict) throws(PyException) -> Bool {
    if d.count != e.count { return false }
    for entry in d.liveEntries {
      guard let other = try e.get(entry.key, hash: entry.hash, vm: self) else { return false }
      if !(try valuesEqual(entry.value, other)) { return false }
    }
    return true
  }

  private func rangesEqual(_ r: PyRange, _ s: PyRange) -> Bool {
    if r.count != s.count { return false }
    if r.count == 0 { return true }
    if r.start != s.start { return false }
    if r.count == 1 { return true }
    return r.step == s.step
  }

  // MARK: - User classes

  private static let compareNames: [ComparisonOperation: PyStr] = [
    .less: Names.lt, .lessEqual: Names.le, .equal: Names.eq, .notEqual: Names.ne,
    .greater: Names.gt, .greaterEqual: Names.ge,
  ]

  /// CPython's `do_richcompare`: the reflected method of a subclass first,
  /// then `a.__op__(b)`, then `b.__reflected__(a)`, then identity for
  /// `==`/`!=`, else TypeError.
  private func richCompare(_ op: ComparisonOperation, _ a: Value, _ b: Value) throws(PyException) -> Value {
    let ta = a.type
    let tb = b.type
    let name = VM.compareNames[op] ?? Names.eq
    let reflectedName = VM.compareNames[op.swapped] ?? Names.eq
    var checkedReflected = false
    if tb !== ta, tb.isSubtype(of: ta), let m = userComparison(tb, reflectedName) {
      checkedReflected = true
      let r = try callMethod(m, b, [a])
      if !isNotImplementedValue(r) { return r }
    }
    if let m = userComparison(ta, name) {
      let r = try callMethod(m, a, [b])
      if !isNotImplementedValue(r) { return r }
    }
    if !checkedReflected, let m = userComparison(tb, reflectedName) {
      let r = try callMethod(m, b, [a])
      if !isNotImplementedValue(r) { return r }
    }
    // object.__ne__ inverts __eq__ (the builtins str, int, list... have
    // their own __ne__, which their subclasses inherit).
    if op == .notEqual && !hasBuiltinComparison(a) {
      if let m = userComparison(ta, Names.eq) {
        let r = try callMethod(m, a, [b])
        if !isNotImplementedValue(r) { return .bool(!(try isTrue(r))) }
      }
    }
    // Instances of builtin subclasses compare as their builtin base does.
    if a.isSubclassInstance || b.isSubclassInstance,
      let r = try storageCompare(op, a.unboxedNumber, b.unboxedNumber)
    {
      return .bool(r)
    }
    switch op {
    case .equal: return .bool(a.isIdentical(to: b))
    case .notEqual: return .bool(!a.isIdentical(to: b))
    default:
      throw PyException.typeError(
        "'\(op.symbol)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
    }
  }

  /// True for instances of subclasses of the builtin types that compare
  /// natively (their `__ne__` is not object's).
  private func hasBuiltinComparison(_ v: Value) -> Bool {
    guard case .object(let o) = v, o.subclassState != nil else { return false }
    return o is PyStr || o is PyBoxedNumber || o is PyList || o is PyTuple || o is PyDict
      || o is PySet
  }

  private func userComparison(_ type: PyType, _ name: PyStr) -> Value? {
    if type.isBuiltin { return nil }
    // Only methods a Python class defines; the builtin defaults are the
    // fallbacks above.
    for t in type.mro where !t.isBuiltin {
      if let m = t.dict.getString(name) { return m.isNone ? nil : m }
    }
    return nil
  }

  func isNotImplementedValue(_ v: Value) -> Bool {
    if case .object(let o) = v { return o === BuiltinTypes.notImplementedObject }
    return false
  }

  // MARK: - Hashing

  /// `hash(v)`, with CPython's values for numbers (so that `hash(1) ==
  /// hash(1.0) == hash(True)`, and sets of numbers iterate in CPython's
  /// order).
  func hash(_ v: Value) throws(PyException) -> Int {
    switch v {
    case .int(let i): return NumericHash.hash(i)
    case .bool(let b): return b ? 1 : 0
    case .float(let d): return NumericHash.hash(d)
    case .none: return 0x1_5F8A_B9C0
    case .null: return 0
    case .object(let o):
      if let s = o as? PyStr, s.subclass == nil { return s.hash }
      if let b = o as? PyBigInt { return NumericHash.hash(b.value) }
      let type = o.type
      if !type.isBuiltin || o is PyInstance || o is PyException {
        for t in type.mro where !t.isBuiltin {
          if let h = t.dict.getString(Names.hash) {
            if h.isNone { throw PyException.typeError("unhashable type: '\(type.name)'") }
            let r = try callMethod(h, v, [])
            switch r.unboxedNumber {
            case .int(let i): return i == -1 ? -2 : i
            case .bool(let b): return b ? 1 : 0
            case .object(let big as PyBigInt): return NumericHash.hash(big.value)
            default: throw PyException.typeError("__hash__ method should return an integer")
            }
          }
          if t.dict.getString(Names.eq) != nil {
            throw PyException.typeError("unhashable type: '\(type.name)'")
          }
        }
      }
      return try nativeHash(o, v)
    }
  }

  /// The builtin hash of an object's storage (`tuple.__hash__`,
  /// `str.__hash__`... on instances of subclasses too); identity for
  /// objects without one.
  func nativeHash(_ o: PyObject, _ v: Value) throws(PyException) -> Int {
      if let s = o as? PyStr { return s.hash }
      if let n = o as? PyBoxedNumber { return try hash(n.value) }
      if let b = o as? PyBigInt { return NumericHash.hash(b.value) }
      if let c = o as? PyComplex {
        return ComplexMath.hash(c.value, identity: UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()))
      }
      if let b = o as? PyBytes {
        if b.isMutable { throw PyException.typeError("unhashable type: 'bytearray'") }
        return bytesHash(b.bytes)
      }
      if let t = o as? PyTuple {
        return try withRecursionGuard(" while getting the hash of an object") { () throws(PyException) -> Int in
          var hashes: [Int] = []
          hashes.reserveCapacity(t.items.count)
          for item in t.items { hashes.append(try hash(item)) }
          return NumericHash.hashTuple(hashes)
        }
      }
      if let s = o as? PySet {
        guard s.isFrozen else { throw PyException.typeError("unhashable type: '\(o.type.name)'") }
        return frozenSetHash(s)
      }
      if o is PyList || o is PyDict || o is PyDictView && (o as? PyDictView)?.kind != .keys {
        throw PyException.typeError("unhashable type: '\(o.type.name)'")
      }
      return identityHash(o)
  }

  func identityHash(_ o: PyObject) -> Int {
    NumericHash.hashPointer(UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()))
  }

  /// CPython's `frozenset_hash`: order-independent.
  private func frozenSetHash(_ s: PySet) -> Int {
    func shuffle(_ h: UInt) -> UInt {
      ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167
    }
    var hash: UInt = 0
    for slot in s.storage.slots where !slot.key.isNull {
      hash ^= shuffle(UInt(bitPattern: slot.hash))
    }
    hash ^= (UInt(s.count) &+ 1) &* 1_927_868_237
    hash ^= (hash >> 11) ^ (hash >> 25)
    hash = hash &* 69069 &+ 907_133_923
    if hash == UInt.max { hash = 590_923_713 }
    return Int(bitPattern: hash)
  }

  // MARK: - Membership

  /// `item in container`.
  func contains(_ container: Value, _ item: Value) throws(PyException) -> Bool {
    guard case .object(let o) = container else {
      throw PyException.typeError("argument of type '\(container.typeName)' is not iterable")
    }
    if o.subclassState != nil, let m = subclassOverride(o, Names.contains) {
      return try isTrue(try callMethod(m, container, [item]))
    }
    return try nativeContains(o, container, item)
  }

  /// `x in container` by the container's storage class (`list.__contains__`
  /// on a subclass instance), else the class's `__contains__` or iteration.
  func nativeContains(_ o: PyObject, _ container: Value, _ item: Value) throws(PyException) -> Bool {
    if let s = o as? PyStr {
      guard let needle = item.asStr else {
        throw PyException.typeError("'in <string>' requires string as left operand, not \(item.typeName)")
      }
      if needle.value.isEmpty { return true }
      return s.value.utf8.count >= needle.value.utf8.count && StringSearch.find(needle.value, in: s.value) != nil
    }
    if let l = o as? PyList {
      var i = 0
      while i < l.items.count {
        if try valuesEqual(l.items[i], item) { return true }
        i += 1
      }
      return false
    }
    if let t = o as? PyTuple {
      for x in t.items where try valuesEqual(x, item) { return true }
      return false
    }
    if let d = o as? PyDict { return try d.contains(item, vm: self) }
    if let s = o as? PySet { return try setContainsKey(s, item) }
    if let r = o as? PyRange { return try rangeContains(r, item) }
    if let v = o as? PyDictView { return try dictViewContains(v, item) }
    if let b = o as? PyBytes { return try bytesContains(b, item) }
    let type = o.type
    if let m = type.lookup(Names.contains) {
      return try isTrue(try callMethod(m, container, [item]))
    }
    if type.lookup(Names.iter) != nil || type.lookup(Names.getitem) != nil || o is PyIteratorBase {
      let iterator = try getIterator(container)
      while let x = try nextValue(iterator) {
        if try valuesEqual(x, item) { return true }
      }
      return false
    }
    throw PyException.typeError("argument of type '\(container.typeName)' is not iterable")
  }

  private func rangeContains(_ r: PyRange, _ item: Value) throws(PyException) -> Bool {
    let n: Int
    switch item {
    case .int(let i): n = i
    case .bool(let b): n = b ? 1 : 0
    default:
      for i in 0..<r.count where try valuesEqual(.int(r.item(i)), item) { return true }
      return false
    }
    if r.step > 0 {
      guard n >= r.start && n < r.stop else { return false }
    } else {
      guard n <= r.start && n > r.stop else { return false }
    }
    return (n &- r.start) % r.step == 0
  }
}
