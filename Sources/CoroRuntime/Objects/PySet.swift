/// The hash table behind `set` and `frozenset`, CPython's
/// Objects/setobject.c step for step.
///
/// A set's iteration order is its table order, which learners see whenever
/// they print a set of numbers (`{3, 1, 2}` prints `{1, 2, 3}`). Numbers
/// hash the same here as in CPython, so using the same table sizes, the
/// same probe sequence (9 linear probes, then perturbation), the same
/// growth rule and the same way of copying tables gives the same order.
struct SetStorage {
  struct Slot {
    /// `.null` for an unused slot.
    var key: Value
    /// -1 with a `.null` key marks a deleted slot (CPython's dummy).
    var hash: Int
  }

  static let minimumSize = 8
  private static let linearProbes = 9

  private(set) var table: [Slot]
  /// Active entries.
  private(set) var used = 0
  /// Active plus deleted entries.
  private(set) var fill = 0
  /// Where `pop` starts searching.
  private var finger = 0

  init() {
    table = [Slot](repeating: Slot(key: .null, hash: 0), count: SetStorage.minimumSize)
  }

  var mask: Int { table.count - 1 }

  private static func isDummy(_ s: Slot) -> Bool {
    s.key.isNull && s.hash == -1
  }

  private static func isUnused(_ s: Slot) -> Bool {
    s.key.isNull && s.hash == 0
  }

  // MARK: - Lookup

  /// The index of the slot holding `key`, if present (set_lookkey).
  func find(_ key: Value, hash: Int, vm: VM) throws(PyException) -> Int? {
    var perturb = UInt(bitPattern: hash)
    var i = Int(UInt(bitPattern: hash) & UInt(mask))
    while true {
      var probes = i + SetStorage.linearProbes <= mask ? SetStorage.linearProbes : 0
      var j = i
      while true {
        let slot = table[j]
        if SetStorage.isUnused(slot) { return nil }
        if slot.hash == hash && !slot.key.isNull {
          if try vm.keysEqual(slot.key, key) { return j }
        }
        if probes == 0 { break }
        probes -= 1
        j += 1
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ Int(perturb)) & mask
    }
  }

  func contains(_ key: Value, hash: Int, vm: VM) throws(PyException) -> Bool {
    try find(key, hash: hash, vm: vm) != nil
  }

  // MARK: - Insertion

  /// Adds `key` (set_add_entry). Returns false when it was already there.
  @discardableResult
  mutating func add(_ key: Value, hash: Int, vm: VM) throws(PyException) -> Bool {
    var perturb = UInt(bitPattern: hash)
    var i = Int(UInt(bitPattern: hash) & UInt(mask))
    var freeSlot = -1
    while true {
      var probes = i + SetStorage.linearProbes <= mask ? SetStorage.linearProbes : 0
      var j = i
      while true {
        let slot = table[j]
        if SetStorage.isUnused(slot) {
          if freeSlot >= 0 {
            table[freeSlot] = Slot(key: key, hash: hash)
            used += 1
            return true
          }
          table[j] = Slot(key: key, hash: hash)
          fill += 1
          used += 1
          if fill * 5 >= mask * 3 {
            resize(minimumUsed: used > 50000 ? used * 2 : used * 4)
          }
          return true
        }
        if slot.hash == hash && !slot.key.isNull {
          if try vm.keysEqual(slot.key, key) { return false }
        } else if SetStorage.isDummy(slot) {
          // set_add_entry keeps the last deleted slot it passed.
          freeSlot = j
        }
        if probes == 0 { break }
        probes -= 1
        j += 1
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ Int(perturb)) & mask
    }
  }

  /// Inserts a key known to be absent into a table without deleted slots
  /// (set_insert_clean).
  private static func insertClean(_ table: inout [Slot], mask: Int, key: Value, hash: Int) {
    var perturb = UInt(bitPattern: hash)
    var i = Int(UInt(bitPattern: hash) & UInt(mask))
    while true {
      if table[i].key.isNull {
        table[i] = Slot(key: key, hash: hash)
        return
      }
      if i + linearProbes <= mask {
        for j in (i + 1)...(i + linearProbes) where table[j].key.isNull {
          table[j] = Slot(key: key, hash: hash)
          return
        }
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ Int(perturb)) & mask
    }
  }

  /// set_table_resize: the smallest power of two above `minimumUsed`,
  /// re-inserting active entries in old table order.
  mutating func resize(minimumUsed: Int) {
    var size = SetStorage.minimumSize
    while size <= minimumUsed { size <<= 1 }
    var newTable = [Slot](repeating: Slot(key: .null, hash: 0), count: size)
    let newMask = size - 1
    for slot in table where !slot.key.isNull {
      SetStorage.insertClean(&newTable, mask: newMask, key: slot.key, hash: slot.hash)
    }
    table = newTable
    fill = used
  }

  /// Adds every key of `other` (set_merge), keeping CPython's shortcut of
  /// copying slot for slot when this set is empty and the same size.
  mutating func merge(_ other: SetStorage, vm: VM) throws(PyException) {
    if other.used == 0 { return }
    if (fill + other.used) * 5 >= mask * 3 {
      resize(minimumUsed: (used + other.used) * 2)
    }
    if fill == 0 && mask == other.mask && other.fill == other.used {
      for (i, slot) in other.table.enumerated() where !slot.key.isNull {
        table[i] = slot
      }
      fill = other.used
      used = other.used
      return
    }
    if fill == 0 {
      fill = other.used
      used = other.used
      for slot in other.table where !slot.key.isNull {
        SetStorage.insertClean(&table, mask: mask, key: slot.key, hash: slot.hash)
      }
      return
    }
    for slot in other.table where !slot.key.isNull {
      try add(slot.key, hash: slot.hash, vm: vm)
    }
  }

  // MARK: - Removal

  /// Removes `key`; false when absent (set_discard_entry).
  @discardableResult
  mutating func remove(_ key: Value, hash: Int, vm: VM) throws(PyException) -> Bool {
    guard let i = try find(key, hash: hash, vm: vm) else { return false }
    table[i] = Slot(key: .null, hash: -1)
    used -= 1
    return true
  }

  /// A table holding `keys` (constants: numbers, strings, tuples of them),
  /// added in order. Used where no VM is at hand (constant folding).
  static func build(_ keys: [Value]) -> SetStorage {
    var storage = SetStorage()
    for key in keys {
      let hash = SetStorage.constantHash(key)
      var perturb = UInt(bitPattern: hash)
      var i = Int(UInt(bitPattern: hash) & UInt(storage.mask))
      var present = false
      search: while true {
        var probes = i + linearProbes <= storage.mask ? linearProbes : 0
        var j = i
        while true {
          let slot = storage.table[j]
          if slot.key.isNull { break search }
          if slot.hash == hash && SetStorage.constantsEqual(slot.key, key) {
            present = true
            break search
          }
          if probes == 0 { break }
          probes -= 1
          j += 1
        }
        perturb >>= 5
        i = (i &* 5 &+ 1 &+ Int(perturb)) & storage.mask
      }
      if present { continue }
      storage.insertKnownAbsent(key, hash: hash)
    }
    return storage
  }

  private mutating func insertKnownAbsent(_ key: Value, hash: Int) {
    SetStorage.insertClean(&table, mask: mask, key: key, hash: hash)
    fill += 1
    used += 1
    if fill * 5 >= mask * 3 {
      resize(minimumUsed: used > 50000 ? used * 2 : used * 4)
    }
  }

  /// CPython's hash of a constant (what folded set displays hold).
  static func constantHash(_ v: Value) -> Int {
    switch v {
    case .int(let i): return NumericHash.hash(i)
    case .bool(let b): return b ? 1 : 0
    case .float(let d): return NumericHash.hash(d)
    case .object(let o):
      if let s = o as? PyStr { return s.hash }
      if let b = o as? PyBigInt { return NumericHash.hash(b.value) }
      if let t = o as? PyTuple { return NumericHash.hashTuple(t.items.map(constantHash)) }
      if let c = o as? PyComplex { return ComplexMath.hash(c.value, identity: 0) }
      return 0
    default: return 0x1_5F8A_B9C0
    }
  }

  private static func constantsEqual(_ a0: Value, _ b0: Value) -> Bool {
    // bool is an int here: True == 1 == 1.0.
    var a = a0
    var b = b0
    if case .bool(let x) = a { a = .int(x ? 1 : 0) }
    if case .bool(let y) = b { b = .int(y ? 1 : 0) }
    switch (a, b) {
    case let (.int(x), .int(y)): return x == y
    case let (.float(x), .float(y)): return x == y
    case let (.int(x), .float(y)), let (.float(y), .int(x)): return Double(x) == y
    case (.none, .none): return true
    case let (.object(x), .int(i)), let (.int(i), .object(x)):
      guard let c = x as? PyComplex else { return false }
      return c.imag == 0 && c.real == Double(i)
    case let (.object(x), .float(d)), let (.float(d), .object(x)):
      guard let c = x as? PyComplex else { return false }
      return c.imag == 0 && c.real == d
    case let (.object(x), .object(y)):
      if let s = x as? PyStr, let t = y as? PyStr { return PyStr.equal(s, t) }
      if let s = x as? PyBigInt, let t = y as? PyBigInt { return s.value == t.value }
      if let s = x as? PyComplex, let t = y as? PyComplex { return s.value == t.value }
      if let s = x as? PyTuple, let t = y as? PyTuple {
        return s.items.count == t.items.count && zip(s.items, t.items).allSatisfy { constantsEqual($0, $1) }
      }
      return x === y
    default: return false
    }
  }

  /// Removes and returns an arbitrary key, as CPython's set_pop chooses it.
  mutating func pop() -> Value? {
    guard used > 0 else { return nil }
    var i = finger & mask
    while table[i].key.isNull {
      i += 1
      if i > mask { i = 0 }
    }
    let key = table[i].key
    table[i] = Slot(key: .null, hash: -1)
    used -= 1
    finger = i + 1
    return key
  }

  mutating func removeAll() {
    self = SetStorage()
  }

  /// The keys in table order (iteration order).
  var keys: [Value] {
    var out: [Value] = []
    out.reserveCapacity(used)
    for slot in table where !slot.key.isNull { out.append(slot.key) }
    return out
  }

  var slots: [Slot] { table }
}

/// `set` and `frozenset`.
final class PySet: PyObject {
  var storage: SetStorage
  let isFrozen: Bool
  /// Bumped on every change, so iterators detect "Set changed size during
  /// iteration".
  private(set) var version: UInt64 = 0

  init(frozen: Bool = false) {
    storage = SetStorage()
    isFrozen = frozen
  }

  init(storage: SetStorage, frozen: Bool) {
    self.storage = storage
    isFrozen = frozen
  }

  /// Set for instances of a user subclass (see `SubclassState`).
  var subclass: SubclassState?

  override var type: PyType { subclass?.type ?? (isFrozen ? BuiltinTypes.frozenset : BuiltinTypes.set) }
  override var instanceDict: PyDict? { subclass?.dict }
  override var subclassState: SubclassState? { subclass }

  var count: Int { storage.used }

  func add(_ key: Value, vm: VM) throws(PyException) {
    let h = try vm.hash(key)
    if try storage.add(key, hash: h, vm: vm) { version &+= 1 }
  }

  func contains(_ key: Value, vm: VM) throws(PyException) -> Bool {
    let h = try vm.hash(key)
    return try storage.contains(key, hash: h, vm: vm)
  }

  @discardableResult
  func remove(_ key: Value, vm: VM) throws(PyException) -> Bool {
    let h = try vm.hash(key)
    let removed = try storage.remove(key, hash: h, vm: vm)
    if removed { version &+= 1 }
    return removed
  }

  func pop() -> Value? {
    let v = storage.pop()
    if v != nil { version &+= 1 }
    return v
  }

  func merge(_ other: PySet, vm: VM) throws(PyException) {
    try storage.merge(other.storage, vm: vm)
    version &+= 1
  }

  func removeAll() {
    storage.removeAll()
    version &+= 1
  }

  var keys: [Value] { storage.keys }
}
