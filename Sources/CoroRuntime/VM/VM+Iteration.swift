/// The iteration protocol (`iter`, `next`) and unpacking.
extension VM {
  /// `iter(v)`.
  func getIterator(_ v: Value) throws(PyException) -> Value {
    guard case .object(let o) = v else {
      throw PyException.notSupported(v, "is not iterable")
    }
    if let l = o as? PyList, l.subclass == nil { return .object(PyListIterator(l)) }
    if o.subclassState != nil, let m = subclassOverride(o, Names.iter) {
      return try iteratorFromMethod(m, v)
    }
    if let l = o as? PyList { return .object(PyListIterator(l)) }
    if let r = o as? PyRange { return .object(PyRangeIterator(r)) }
    if let t = o as? PyTuple { return .object(PySequenceIterator(t.items, type: BuiltinTypes.tupleIterator)) }
    if let s = o as? PyStr { return .object(PyStrIterator(s)) }
    if let d = o as? PyDict { return .object(PyDictIterator(d, kind: .keys)) }
    if let s = o as? PySet { return .object(PySetIterator(s)) }
    if let b = o as? PyBytes {
      let bytes = b.bytes
      var i = 0
      return .object(PyClosureIterator(type: BuiltinTypes.bytesIterator) { (vm: VM) throws(PyException) -> Value? in
        guard i < bytes.count else { return nil }
        i += 1
        return .int(Int(bytes[i - 1]))
      })
    }
    if let view = o as? PyDictView {
      switch view.kind {
      case .keys: return .object(PyDictIterator(view.dict, kind: .keys))
      case .values: return .object(PyDictIterator(view.dict, kind: .values))
      case .items: return .object(PyDictIterator(view.dict, kind: .items))
      }
    }
    if o is PyIteratorBase { return v }
    if let g = o as? PyGenerator, g.kind == .generator { return v }
    let type = o.type
    if let m = type.lookup(Names.iter) { return try iteratorFromMethod(m, v) }
    if type.lookup(Names.getitem) != nil, !(o is PyDict) {
      return .object(PySequenceProtocolIterator(v))
    }
    throw PyException.notSupported(v, "is not iterable")
  }

  /// What a class's `__iter__` returns, checked to be an iterator.
  private func iteratorFromMethod(_ m: Value, _ v: Value) throws(PyException) -> Value {
    if m.isNone { throw PyException.notSupported(v, "is not iterable") }
    let it = try callMethod(m, v, [])
    guard isIterator(it) else {
      throw PyException.typeError("iter() returned non-iterator of type '\(it.typeName)'")
    }
    return it
  }

  func isIterator(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    if o is PyIteratorBase { return true }
    if let g = o as? PyGenerator { return g.kind == .generator }
    return o.type.lookup(Names.next) != nil
  }

  /// `next(it)`: the next value, or nil when the iterator is exhausted.
  func nextValue(_ it: Value) throws(PyException) -> Value? {
    guard case .object(let o) = it else {
      throw PyException.notSupported(it, "is not an iterator")
    }
    if let i = o as? PyIteratorBase { return try i.next(self) }
    if let g = o as? PyGenerator, g.kind == .generator {
      switch try resume(g, sending: .none) {
      case .yielded(let v): return v
      case .returned: return nil
      }
    }
    guard let m = o.type.lookup(Names.next) else {
      throw PyException.typeError("'\(it.typeName)' object is not an iterator")
    }
    do throws(PyException) {
      return try callMethod(m, it, [])
    } catch {
      if error.isInstance(of: BuiltinTypes.stopIteration) { return nil }
      throw error
    }
  }

  /// All the values of an iterable, as an array.
  func iterate(_ v: Value) throws(PyException) -> [Value] {
    if case .object(let o) = v {
      // Exact lists and tuples only: a subclass may define __iter__.
      if let l = o as? PyList, l.subclass == nil { return l.items }
      if let t = o as? PyTuple, t.subclass == nil { return t.items }
      if let r = o as? PyRange {
        var out: [Value] = []
        out.reserveCapacity(r.count)
        for i in 0..<r.count { out.append(.int(r.item(i))) }
        return out
      }
    }
    let it = try getIterator(v)
    var out: [Value] = []
    while let x = try nextValue(it) { out.append(x) }
    return out
  }

  // MARK: - Unpacking

  /// `a, b = seq`: exactly `count` values.
  func unpack(_ seq: Value, count: Int) throws(PyException) -> [Value] {
    // Exact lists and tuples hand over their items as they are (one
    // reference to the array, no optional holding a second one).
    if case .object(let o) = seq {
      if let l = o as? PyList, l.subclass == nil {
        if l.items.count == count { return l.items }
        throw unpackCountError(got: l.items.count, expected: count)
      }
      if let t = o as? PyTuple, t.subclass == nil {
        if t.items.count == count { return t.items }
        throw unpackCountError(got: t.items.count, expected: count)
      }
    }
    let it: Value
    do throws(PyException) {
      it = try getIterator(seq)
    } catch {
      if error.isInstance(of: BuiltinTypes.typeError) {
        throw PyException.typeError("cannot unpack non-iterable \(seq.typeName) object")
      }
      throw error
    }
    var out: [Value] = []
    while out.count < count, let x = try nextValue(it) { out.append(x) }
    if out.count < count {
      throw PyException.valueError("not enough values to unpack (expected \(count), got \(out.count))")
    }
    if try nextValue(it) != nil {
      throw PyException.valueError("too many values to unpack (expected \(count))")
    }
    return out
  }

  /// The ValueError for unpacking `got` values into `expected` targets.
  private func unpackCountError(got: Int, expected: Int) -> PyException {
    if got > expected {
      return PyException.valueError("too many values to unpack (expected \(expected))")
    }
    return PyException.valueError(
      "not enough values to unpack (expected \(expected), got \(got))")
  }

  /// `a, *rest, b = seq`: `before` values, a list, `after` values.
  func unpackStarred(_ seq: Value, before: Int, after: Int) throws(PyException) -> [Value] {
    let items: [Value]
    do throws(PyException) {
      items = try iterate(seq)
    } catch {
      if error.isInstance(of: BuiltinTypes.typeError), !isIterable(seq) {
        throw PyException.typeError("cannot unpack non-iterable \(seq.typeName) object")
      }
      throw error
    }
    if items.count < before + after {
      throw PyException.valueError(
        "not enough values to unpack (expected at least \(before + after), got \(items.count))")
    }
    var out = Array(items[0..<before])
    out.append(.object(PyList(Array(items[before..<(items.count - after)]))))
    out.append(contentsOf: items[(items.count - after)...])
    return out
  }

  func isIterable(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    if o is PyList || o is PyTuple || o is PyStr || o is PyDict || o is PySet || o is PyRange
      || o is PyIteratorBase || o is PyGenerator || o is PyDictView
    {
      return true
    }
    return o.type.lookup(Names.iter) != nil || o.type.lookup(Names.getitem) != nil
  }

  // MARK: - Building containers

  func listExtend(_ list: PyList, _ iterable: Value) throws(PyException) {
    if let other = iterable.as(PyList.self), other.subclass == nil {
      list.items.append(contentsOf: other.items)
      return
    }
    do throws(PyException) {
      list.items.append(contentsOf: try iterate(iterable))
    } catch {
      if error.isInstance(of: BuiltinTypes.typeError), !isIterable(iterable) {
        throw PyException.typeError("Value after * must be an iterable, not \(iterable.typeName)")
      }
      throw error
    }
  }

  func setUpdate(_ set: PySet, _ iterable: Value) throws(PyException) {
    try setUpdateInternal(set, iterable)
  }

  /// `{**m}` and `f(**m)`: copies a mapping's items. With `forCall`, a
  /// repeated key is CPython's "got multiple values for keyword argument".
  func dictUpdate(_ dict: PyDict, _ mapping: Value, forCall callable: Value?) throws(PyException) {
    if let other = mapping.as(PyDict.self), copiesDirectly(other) {
      for entry in other.liveEntries {
        if let callable {
          guard entry.key.asStr != nil else {
            // str.format takes its keywords as a dict (METH_KEYWORDS), so
            // CPython lets other keys through; no field can name them.
            if isStrFormat(callable) { continue }
            throw PyException.typeError("keywords must be strings")
          }
          if try dict.get(entry.key, hash: entry.hash, vm: self) != nil {
            throw PyException.typeError(
              "\(describeCallable(callable)) got multiple values for keyword argument '\(entry.key.asStr?.value ?? "")'")
          }
        }
        try dict.set(entry.key, hash: entry.hash, entry.value, vm: self)
      }
      return
    }
    guard case .object(let o) = mapping, let keysMethod = o.type.lookup(PyStr.intern("keys")) else {
      if callable != nil {
        throw PyException.typeError(
          "\(describeCallable(callable ?? .none)) argument after ** must be a mapping, not \(mapping.typeName)")
      }
      throw PyException.typeError("'\(mapping.typeName)' object is not a mapping")
    }
    for key in try iterate(try callMethod(keysMethod, mapping, [])) {
      try dict.set(key, try getItem(mapping, key), vm: self)
    }
  }

  /// True for `s.format` and `str.format`.
  private func isStrFormat(_ callable: Value) -> Bool {
    if let b = callable.as(PyBuiltinFunction.self) {
      return b.name == "format" && b.boundTo.asStr != nil
    }
    if let m = callable.as(PyMethodDescriptor.self) {
      return m.name == "format" && m.owner === BuiltinTypes.str
    }
    return false
  }

  /// CPython's dict_merge copies a dict's entries directly unless it is
  /// a subclass with its own `__iter__` (then it uses keys() and
  /// `__getitem__`).
  func copiesDirectly(_ d: PyDict) -> Bool {
    guard let state = d.subclass else { return true }
    return userMethod(state.type, Names.iter) == nil
  }

  func dictViewContains(_ view: PyDictView, _ item: Value) throws(PyException) -> Bool {
    switch view.kind {
    case .keys:
      return try view.dict.contains(item, vm: self)
    case .values:
      for v in view.dict.values where try valuesEqual(v, item) { return true }
      return false
    case .items:
      guard let pair = item.as(PyTuple.self), pair.items.count == 2 else { return false }
      guard let v = try view.dict.get(pair.items[0], vm: self) else { return false }
      return try valuesEqual(v, pair.items[1])
    }
  }
}
