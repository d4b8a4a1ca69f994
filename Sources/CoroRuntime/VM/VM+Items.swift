import BigInt
import CoroCompiler

/// Subscripts: `a[i]`, `a[i:j:k]`, assignment and deletion.
extension VM {
  /// An index operand as an Int (`__index__`): ints and bools, or a user
  /// object's `__index__`.
  func index(_ v: Value) throws(PyException) -> Int? {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if o is PyBigInt {
        throw PyException.indexError("cannot fit 'int' into an index-sized integer")
      }
      // An int subclass is an int (PyNumber_Index does not call __index__).
      if let n = o as? PyBoxedNumber, n.value.isInteger { return try index(n.value) }
      if !o.type.isBuiltin, let m = o.type.lookup(Names.index) {
        let r = try callMethod(m, v, [])
        if case .int(let i) = r { return i }
        throw PyException.typeError("__index__ returned non-int (type \(r.typeName))")
      }
      return nil
    default: return nil
    }
  }

  /// CPython's `PySlice_GetIndicesEx`: (start, stop, step, count) of a
  /// slice applied to a sequence of `length`.
  func sliceIndices(_ s: PySlice, length: Int) throws(PyException) -> (start: Int, stop: Int, step: Int, count: Int) {
    func bound(_ v: Value) throws(PyException) -> Int? {
      if v.isNone { return nil }
      if case .object(let o) = v, let big = o as? PyBigInt {
        return big.value.signum() < 0 ? Int.min / 2 : Int.max / 2
      }
      guard let i = try index(v) else {
        throw PyException.typeError(
          "slice indices must be integers or None or have an __index__ method")
      }
      return i
    }
    var step = 1
    if let st = try bound(s.step) {
      if st == 0 { throw PyException.valueError("slice step cannot be zero") }
      step = max(st, -Int.max)
    }
    let defaultStart = step < 0 ? length - 1 : 0
    let defaultStop = step < 0 ? -1 : length
    var start = try bound(s.start) ?? defaultStart
    var stop = try bound(s.stop) ?? defaultStop
    if s.start.isNone == false {
      if start < 0 {
        start += length
        if start < 0 { start = step < 0 ? -1 : 0 }
      } else if start >= length {
        start = step < 0 ? length - 1 : length
      }
    }
    if s.stop.isNone == false {
      if stop < 0 {
        stop += length
        if stop < 0 { stop = step < 0 ? -1 : 0 }
      } else if stop >= length {
        stop = step < 0 ? length - 1 : length
      }
    }
    var count = 0
    if step < 0 {
      if stop < start { count = (start - stop - 1) / (-step) + 1 }
    } else {
      if start < stop { count = (stop - start - 1) / step + 1 }
    }
    return (start, stop, step, count)
  }

  private func sliceItems(_ items: [Value], _ s: PySlice) throws(PyException) -> [Value] {
    let (start, _, step, count) = try sliceIndices(s, length: items.count)
    if step == 1 { return Array(items[start..<(start + count)]) }
    var out: [Value] = []
    out.reserveCapacity(count)
    var i = start
    for _ in 0..<count {
      out.append(items[i])
      i += step
    }
    return out
  }

  // MARK: - Reading

  func getItem(_ container: Value, _ key: Value) throws(PyException) -> Value {
    guard case .object(let o) = container else {
      throw PyException.notSupported(container, "is not subscriptable")
    }
    if o.subclassState != nil, let m = subclassOverride(o, Names.getitem) {
      return try callMethod(m, container, [key])
    }
    return try nativeGetItem(o, container, key)
  }

  /// The builtin `__getitem__` of the container's storage class
  /// (`dict.__getitem__`, with a subclass's `__missing__`), else the
  /// class's own `__getitem__`.
  func nativeGetItem(_ o: PyObject, _ container: Value, _ key: Value) throws(PyException) -> Value {
    if let b = o as? PyBytes { return try bytesItem(b, key) }
    if let l = o as? PyList {
      if let i = try index(key) {
        let j = i < 0 ? i + l.items.count : i
        guard j >= 0 && j < l.items.count else { throw PyException.indexError("list index out of range") }
        return l.items[j]
      }
      if let s = key.as(PySlice.self) { return .object(PyList(try sliceItems(l.items, s))) }
      throw PyException.typeError("list indices must be integers or slices, not \(key.typeName)")
    }
    if let d = o as? PyDict {
      if let v = try d.get(key, vm: self) { return v }
      if !d.type.isBuiltin, let missing = d.type.lookup(Names.missing) {
        return try callMethod(missing, container, [key])
      }
      throw PyException.keyError(key)
    }
    if let t = o as? PyTuple {
      if let i = try index(key) {
        let j = i < 0 ? i + t.items.count : i
        guard j >= 0 && j < t.items.count else { throw PyException.indexError("tuple index out of range") }
        return t.items[j]
      }
      if let s = key.as(PySlice.self) { return .object(PyTuple(try sliceItems(t.items, s))) }
      throw PyException.typeError("tuple indices must be integers or slices, not \(key.typeName)")
    }
    if let s = o as? PyStr {
      if let i = try index(key) {
        let n = s.count
        let j = i < 0 ? i + n : i
        guard j >= 0 && j < n else { throw PyException.indexError("string index out of range") }
        return .object(PyStr.character(s.scalar(at: j)))
      }
      if let sl = key.as(PySlice.self) {
        let (start, _, step, count) = try sliceIndices(sl, length: s.count)
        if step == 1 { return .str(s.substring(start..<(start + count))) }
        var out = String.UnicodeScalarView()
        var i = start
        for _ in 0..<count {
          out.append(s.scalar(at: i))
          i += step
        }
        return .str(String(out))
      }
      throw PyException.typeError("string indices must be integers, not '\(key.typeName)'")
    }
    if let r = o as? PyRange {
      if let i = try index(key) {
        let j = i < 0 ? i + r.count : i
        guard j >= 0 && j < r.count else { throw PyException.indexError("range object index out of range") }
        return .int(r.item(j))
      }
      if let sl = key.as(PySlice.self) {
        // compute_slice: the new bounds are the old range at the slice's
        // adjusted start and stop (range(5, 50, 5)[::2] is range(5, 50, 10)).
        let (start, stop, step, _) = try sliceIndices(sl, length: r.count)
        return .object(PyRange(
          start: r.start &+ start &* r.step, stop: r.start &+ stop &* r.step, step: r.step &* step))
      }
      throw PyException.typeError("range indices must be integers or slices, not \(key.typeName)")
    }
    let type = o.type
    if let m = type.lookup(Names.getitem) {
      return try callMethod(m, container, [key])
    }
    if let t = o as? PyType {
      if let m = t.lookup(Names.classGetItem) {
        // A plain function is an implicit class method (type.__new__ wraps
        // `__class_getitem__` in classmethod); anything else binds as usual.
        if m.as(PyFunction.self) != nil { return try call(m, [.object(t), key]) }
        return try call(try getAttribute(.object(t), Names.classGetItem), [key])
      }
      if t.isBuiltin, [BuiltinTypes.list, BuiltinTypes.dict, BuiltinTypes.tuple, BuiltinTypes.set,
        BuiltinTypes.frozenset, BuiltinTypes.type].contains(where: { $0 === t })
      {
        // `list[int]` in annotations: a generic alias, shown as CPython does.
        return .object(PyGenericAlias(origin: t, arguments: key))
      }
      throw PyException.typeError("type '\(t.name)' is not subscriptable")
    }
    throw PyException.notSupported(container, "is not subscriptable")
  }

  // MARK: - Writing

  func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyException) {
    guard case .object(let o) = container else {
      throw PyException.notSupported(container, "does not support item assignment")
    }
    if o.subclassState != nil, let m = subclassOverride(o, Names.setitem) {
      _ = try callMethod(m, container, [key, value])
      return
    }
    try nativeSetItem(o, container, key, value)
  }

  /// `list.__setitem__`/`dict.__setitem__` on the storage, else the
  /// class's own `__setitem__`.
  func nativeSetItem(_ o: PyObject, _ container: Value, _ key: Value, _ value: Value) throws(PyException) {
    if let l = o as? PyList {
      if let i = try index(key) {
        let j = i < 0 ? i + l.items.count : i
        guard j >= 0 && j < l.items.count else {
          throw PyException.indexError("list assignment index out of range")
        }
        l.items[j] = value
        return
      }
      if let s = key.as(PySlice.self) {
        try assignSlice(l, s, value)
        return
      }
      throw PyException.typeError("list indices must be integers or slices, not \(key.typeName)")
    }
    if let d = o as? PyDict {
      try d.set(key, value, vm: self)
      return
    }
    if let b = o as? PyBytes, b.isMutable {
      try bytearraySetItem(b, key, value)
      return
    }
    if let m = o.type.lookup(Names.setitem) {
      _ = try callMethod(m, container, [key, value])
      return
    }
    throw PyException.notSupported(container, "does not support item assignment")
  }

  private func assignSlice(_ l: PyList, _ s: PySlice, _ value: Value) throws(PyException) {
    let newItems: [Value]
    if let other = value.as(PyList.self) {
      newItems = other.items
    } else {
      do throws(PyException) {
        newItems = try iterate(value)
      } catch {
        if error.isInstance(of: BuiltinTypes.typeError) {
          throw PyException.typeError("can only assign an iterable")
        }
        throw error
      }
    }
    let (start, stop, step, count) = try sliceIndices(s, length: l.items.count)
    if step == 1 {
      let end = max(start, stop)
      l.items.replaceSubrange(start..<end, with: newItems)
      return
    }
    guard newItems.count == count else {
      throw PyException.valueError(
        "attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
    }
    var i = start
    for item in newItems {
      l.items[i] = item
      i += step
    }
  }

  func deleteItem(_ container: Value, _ key: Value) throws(PyException) {
    guard case .object(let o) = container else {
      throw PyException.notSupported(container, "doesn't support item deletion")
    }
    if o.subclassState != nil, let m = subclassOverride(o, Names.delitem) {
      _ = try callMethod(m, container, [key])
      return
    }
    try nativeDeleteItem(o, container, key)
  }

  /// `list.__delitem__`/`dict.__delitem__` on the storage, else the
  /// class's own `__delitem__`.
  func nativeDeleteItem(_ o: PyObject, _ container: Value, _ key: Value) throws(PyException) {
    if let l = o as? PyList {
      if let i = try index(key) {
        let j = i < 0 ? i + l.items.count : i
        guard j >= 0 && j < l.items.count else {
          throw PyException.indexError("list assignment index out of range")
        }
        l.items.remove(at: j)
        return
      }
      if let s = key.as(PySlice.self) {
        let (start, _, step, count) = try sliceIndices(s, length: l.items.count)
        if count == 0 { return }
        if step == 1 {
          l.items.removeSubrange(start..<(start + count))
          return
        }
        var drop = Set<Int>()
        var i = start
        for _ in 0..<count {
          drop.insert(i)
          i += step
        }
        l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
        return
      }
      throw PyException.typeError("list indices must be integers or slices, not \(key.typeName)")
    }
    if let d = o as? PyDict {
      if try d.remove(key, vm: self) == nil { throw PyException.keyError(key) }
      return
    }
    if let m = o.type.lookup(Names.delitem) {
      _ = try callMethod(m, container, [key])
      return
    }
    throw PyException.notSupported(container, "doesn't support item deletion")
  }

  // MARK: - Sets

  /// `s | t`, `s & t`, `s - t`, `s ^ t` in CPython's construction order.
  func setOperation(_ op: BinaryOperation, _ s: PySet, _ t: PySet) throws(PyException) -> Value {
    try cpythonSetOperation(op, s, t)
  }
}

/// `list[int]` and friends, as written in type hints.
final class PyGenericAlias: PyObject {
  let origin: PyType
  let arguments: Value

  init(origin: PyType, arguments: Value) {
    self.origin = origin
    self.arguments = arguments
  }

  override var type: PyType { BuiltinTypes.genericAlias }
}
