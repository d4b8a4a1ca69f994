import CoroCompiler

/// The set algebra of CPython's Objects/setobject.c, step for step.
///
/// A set prints in table order, so which set a result is built from, in
/// which order keys are added or discarded, and when tables are resized
/// all show in `print(a | b)`. Each function here names the C function it
/// follows; they add, look up and discard with the hashes already stored
/// in the tables, as CPython does.
extension VM {
  // MARK: - Building

  /// A new empty set of `model`'s kind (make_new_set_basetype).
  func emptySet(like model: PySet) -> PySet {
    PySet(frozen: model.isFrozen)
  }

  /// A copy of `s` (set_copy): a new set of its kind, merged from it.
  func setCopy(_ s: PySet) throws(PyException) -> PySet {
    let result = emptySet(like: s)
    try setMerge(result, s)
    return result
  }

  /// A new set of `model`'s kind holding the items of `iterable`.
  func setFrom(_ iterable: Value, like model: PySet) throws(PyException) -> PySet {
    let result = emptySet(like: model)
    try setUpdateInternal(result, iterable)
    return result
  }

  /// Active plus deleted slots (CPython's `fill`): SetStorage keeps it
  /// private, so it is counted here.
  func setFill(_ s: PySet) -> Int {
    var n = 0
    for slot in s.storage.slots where !(slot.key.isNull && slot.hash == 0) { n += 1 }
    return n
  }

  /// set_merge. `SetStorage.merge` copies slot for slot into an empty
  /// table of the same size even when `other` has deleted slots, where
  /// CPython re-inserts cleanly (and so may reorder); that case is done
  /// here with the same steps as set_insert_clean.
  func setMerge(_ s: PySet, _ other: PySet) throws(PyException) {
    if other === s || other.count == 0 { return }
    if s.count == 0 && setFill(s) == 0 && setFill(other) != other.count {
      if other.count * 5 >= s.storage.mask * 3 {
        s.storage.resize(minimumUsed: other.count * 2)
      }
      // Adding to a table without deleted slots probes exactly as
      // set_insert_clean, and the presize means no resize on the way.
      for slot in other.storage.slots where !slot.key.isNull {
        try s.storage.add(slot.key, hash: slot.hash, vm: self)
      }
      return
    }
    try s.merge(other, vm: self)
  }

  /// set_update_internal: sets merge, dicts presize then add with their
  /// stored hashes, anything else is added item by item.
  func setUpdateInternal(_ s: PySet, _ other: Value) throws(PyException) {
    if case .object(let o) = other {
      if let t = o as? PySet {
        try setMerge(s, t)
        return
      }
      if let d = o as? PyDict, d.type === BuiltinTypes.dict {
        if (setFill(s) + d.count) * 5 >= s.storage.mask * 3 {
          s.storage.resize(minimumUsed: (s.count + d.count) * 2)
        }
        for e in d.liveEntries { try s.storage.add(e.key, hash: e.hash, vm: self) }
        return
      }
    }
    let it = try getIterator(other)
    while let key = try nextValue(it) { try s.add(key, vm: self) }
  }

  // MARK: - Union

  /// `s.union(*others)` (set_union).
  func setUnion(_ s: PySet, _ others: Args) throws(PyException) -> PySet {
    let result = try setCopy(s)
    for i in 0..<others.count {
      if case .object(let o) = others[i], o === s { continue }
      try setUpdateInternal(result, others[i])
    }
    return result
  }

  // MARK: - Intersection

  /// `s & other`, `s.intersection(other)` (set_intersection).
  func setIntersection(_ s: PySet, _ other: Value) throws(PyException) -> PySet {
    if case .object(let o) = other, o === s { return try setCopy(s) }
    let result = emptySet(like: s)
    if let t = other.as(PySet.self) {
      let (walked, probed) = t.count > s.count ? (s, t) : (t, s)
      for slot in walked.storage.slots where !slot.key.isNull {
        if try probed.storage.contains(slot.key, hash: slot.hash, vm: self) {
          try result.storage.add(slot.key, hash: slot.hash, vm: self)
        }
      }
      return result
    }
    let it = try getIterator(other)
    while let key = try nextValue(it) {
      let h = try setKeyHash(key)
      if try s.storage.contains(key, hash: h, vm: self) {
        try result.storage.add(key, hash: h, vm: self)
        if result.count >= s.count { break }
      }
    }
    return result
  }

  /// `s.intersection(*others)` (set_intersection_multi).
  func setIntersectionMulti(_ s: PySet, _ others: Args) throws(PyException) -> PySet {
    if others.count == 0 { return try setCopy(s) }
    var result = s
    for i in 0..<others.count {
      result = try setIntersection(result, others[i])
    }
    return result
  }

  /// `s &= other` and `intersection_update`: the intersection becomes
  /// the set's table (set_swap_bodies).
  func setIntersectionUpdate(_ s: PySet, _ result: PySet) {
    s.storage = result.storage
  }

  // MARK: - Difference

  /// set_difference_update_internal: discards in place, then drops the
  /// deleted slots when more than a quarter of the table holds them.
  func setDifferenceUpdate(_ s: PySet, _ other: Value) throws(PyException) {
    if case .object(let o) = other, o === s {
      s.removeAll()
      return
    }
    if var t = other.as(PySet.self) {
      // Against a much larger set, discard only the common keys.
      if t.count >> 3 > s.count { t = try setIntersection(s, other) }
      for slot in t.storage.slots where !slot.key.isNull {
        try s.storage.remove(slot.key, hash: slot.hash, vm: self)
      }
    } else {
      let it = try getIterator(other)
      while let key = try nextValue(it) {
        try s.storage.remove(key, hash: try setKeyHash(key), vm: self)
      }
    }
    if setFill(s) - s.count <= s.storage.mask / 4 { return }
    s.storage.resize(minimumUsed: s.count > 50000 ? s.count * 2 : s.count * 4)
  }

  /// `s - other`, `s.difference(other)` (set_difference).
  func setDifference(_ s: PySet, _ other: Value) throws(PyException) -> PySet {
    let otherSize: Int
    let otherSet = other.as(PySet.self)
    let otherDict = other.as(PyDict.self).flatMap { $0.type === BuiltinTypes.dict ? $0 : nil }
    if let t = otherSet {
      otherSize = t.count
    } else if let d = otherDict {
      otherSize = d.count
    } else {
      return try setCopyAndDifference(s, other)
    }
    if s.count >> 2 > otherSize { return try setCopyAndDifference(s, other) }
    let result = emptySet(like: s)
    for slot in s.storage.slots where !slot.key.isNull {
      let found: Bool
      if let d = otherDict {
        found = try d.get(slot.key, hash: slot.hash, vm: self) != nil
      } else if let t = otherSet {
        found = try t.storage.contains(slot.key, hash: slot.hash, vm: self)
      } else {
        found = false
      }
      if !found { try result.storage.add(slot.key, hash: slot.hash, vm: self) }
    }
    return result
  }

  /// set_copy_and_difference.
  private func setCopyAndDifference(_ s: PySet, _ other: Value) throws(PyException) -> PySet {
    let result = try setCopy(s)
    try setDifferenceUpdate(result, other)
    return result
  }

  /// `s.difference(*others)` (set_difference_multi).
  func setDifferenceMulti(_ s: PySet, _ others: Args) throws(PyException) -> PySet {
    if others.count == 0 { return try setCopy(s) }
    let result = try setDifference(s, others[0])
    for i in 1..<others.count { try setDifferenceUpdate(result, others[i]) }
    return result
  }

  // MARK: - Symmetric difference

  /// `s ^= other`, `symmetric_difference_update` (set_symmetric_difference_update):
  /// each key of `other` is discarded, or added when it was absent.
  func setSymmetricDifferenceUpdate(_ s: PySet, _ other: Value) throws(PyException) {
    if case .object(let o) = other, o === s {
      s.removeAll()
      return
    }
    if let d = other.as(PyDict.self), d.type === BuiltinTypes.dict {
      for e in d.liveEntries {
        if !(try s.storage.remove(e.key, hash: e.hash, vm: self)) {
          try s.storage.add(e.key, hash: e.hash, vm: self)
        }
      }
      return
    }
    let otherSet: PySet
    if let t = other.as(PySet.self) {
      otherSet = t
    } else {
      otherSet = try setFrom(other, like: s)
    }
    for slot in otherSet.storage.slots where !slot.key.isNull {
      if !(try s.storage.remove(slot.key, hash: slot.hash, vm: self)) {
        try s.storage.add(slot.key, hash: slot.hash, vm: self)
      }
    }
  }

  /// `s ^ other` (set_symmetric_difference): built from a set of `other`'s
  /// items, into which `s` is folded, so the result's order follows
  /// `other` first.
  func setSymmetricDifference(_ s: PySet, _ other: Value) throws(PyException) -> PySet {
    let result = try setFrom(other, like: s)
    try setSymmetricDifferenceUpdate(result, .object(s))
    return result
  }

  // MARK: - Tests

  /// `s <= other`, `s.issubset(other)` (set_issubset).
  func setIsSubset(_ s: PySet, _ other: Value) throws(PyException) -> Bool {
    let t: PySet
    if let o = other.as(PySet.self) {
      t = o
    } else {
      t = try setFrom(other, like: PySet())
    }
    if s.count > t.count { return false }
    for slot in s.storage.slots where !slot.key.isNull {
      if !(try t.storage.contains(slot.key, hash: slot.hash, vm: self)) { return false }
    }
    return true
  }

  /// `s.issuperset(other)` (set_issuperset).
  func setIsSuperset(_ s: PySet, _ other: Value) throws(PyException) -> Bool {
    if let t = other.as(PySet.self) { return try setIsSubset(t, .object(s)) }
    let it = try getIterator(other)
    while let key = try nextValue(it) {
      if !(try setContainsKey(s, key)) { return false }
    }
    return true
  }

  /// `s.isdisjoint(other)` (set_isdisjoint).
  func setIsDisjoint(_ s: PySet, _ other: Value) throws(PyException) -> Bool {
    if case .object(let o) = other, o === s { return s.count == 0 }
    if let t = other.as(PySet.self) {
      let (walked, probed) = t.count > s.count ? (s, t) : (t, s)
      for slot in walked.storage.slots where !slot.key.isNull {
        if try probed.storage.contains(slot.key, hash: slot.hash, vm: self) { return false }
      }
      return true
    }
    let it = try getIterator(other)
    while let key = try nextValue(it) {
      if try setContainsKey(s, key) { return false }
    }
    return true
  }

  // MARK: - Keys

  /// The hash of a key to look up, add or discard.
  @inline(__always)
  func setKeyHash(_ key: Value) throws(PyException) -> Int {
    try hash(key)
  }

  /// A key for look-ups and discards: a (mutable, unhashable) set stands
  /// for the frozenset of its items, as in CPython's set_contains_key.
  func setLookupKey(_ key: Value) -> Value {
    if let s = key.as(PySet.self), !s.isFrozen {
      return .object(PySet(storage: s.storage, frozen: true))
    }
    return key
  }

  /// `key in s` with CPython's set-to-frozenset retry.
  func setContainsKey(_ s: PySet, _ key: Value) throws(PyException) -> Bool {
    try s.contains(setLookupKey(key), vm: self)
  }

  // MARK: - Operators

  /// `s | t`, `s & t`, `s - t`, `s ^ t` and their in-place forms for two
  /// sets, as setobject.c's number slots build them. A frozenset has no
  /// in-place slots: `f |= t` makes a new frozenset.
  func cpythonSetOperation(
    _ op: BinaryOperation, _ s: PySet, _ t: PySet
  ) throws(PyException) -> Value {
    let inplace = op.isInplace && !s.isFrozen
    let other = Value.object(t)
    switch op.base {
    case .bitOr:
      if inplace {
        try setUpdateInternal(s, other)
        return .object(s)
      }
      let result = try setCopy(s)
      if t !== s { try setUpdateInternal(result, other) }
      return .object(result)
    case .bitAnd:
      let result = try setIntersection(s, other)
      if inplace {
        setIntersectionUpdate(s, result)
        return .object(s)
      }
      return .object(result)
    case .subtract:
      if inplace {
        try setDifferenceUpdate(s, other)
        return .object(s)
      }
      return .object(try setDifference(s, other))
    case .bitXor:
      if inplace {
        try setSymmetricDifferenceUpdate(s, other)
        return .object(s)
      }
      return .object(try setSymmetricDifference(s, other))
    default:
      throw PyException.typeError(
        "unsupported operand type(s) for \(op.symbol): '\(s.type.name)' and '\(t.type.name)'")
    }
  }
}
