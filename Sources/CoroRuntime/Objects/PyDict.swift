/// `dict`: a hash table that remembers insertion order.
///
/// The layout is CPython's compact dict (Objects/dictobject.c): `entries`
/// holds (hash, key, value) in insertion order, with deleted entries left
/// as holes (`key == .null`) until the next resize; `indices` is the open
/// addressing table mapping hash slots to entry positions, probed with
/// CPython's perturbation sequence. Deletion is O(1) and iteration order is
/// insertion order, as Python guarantees.
///
/// Key comparison can run user code (`__eq__`), which can raise, so the
/// general look-ups take the VM and throw; string keys (names, the common
/// case) have non-throwing fast paths.
final class PyDict: PyObject {
  struct Entry {
    var hash: Int
    var key: Value
    var value: Value
  }

  private static let emptySlot: Int32 = -1
  private static let dummySlot: Int32 = -2
  private static let minimumSize = 8

  private(set) var entries: [Entry] = []
  /// A plain buffer this dict frees in `deinit`, so that `entries` is the
  /// only reference-counted field besides the rare subclass state (see
  /// ManualReference; dicts, one per instance, die by the million too).
  private var indices: IndexTable
  /// Live entries.
  private(set) var count = 0
  /// Bumped when keys are added or removed (not when values change), so
  /// iterators can detect "dictionary changed size during iteration" and
  /// caches can detect a changed key layout.
  private(set) var keysVersion: UInt64 = PyDict.freshVersion()

  /// Versions are unique across all dicts, so a cache keyed on (dict
  /// identity, version) can never be fooled by a new dict at a recycled
  /// address.
  nonisolated(unsafe) private static var versionCounter: UInt64 = 0

  @inline(__always)
  static func freshVersion() -> UInt64 {
    versionCounter &+= 1
    return versionCounter
  }

  override init() {
    indices = IndexTable(size: PyDict.minimumSize)
  }

  init(capacity: Int) {
    var size = PyDict.minimumSize
    while size * 2 < capacity * 3 { size <<= 1 }
    indices = IndexTable(size: size)
    entries.reserveCapacity(capacity)
  }

  /// Set for instances of a user subclass (see `SubclassState`).
  var subclass: SubclassState? {
    get { subclassReference.object }
    set { subclassReference.object = newValue }
  }
  private var subclassReference = ManualReference<SubclassState>()

  deinit {
    indices.deallocate()
    subclassReference.release()
  }

  override var type: PyType { subclass?.type ?? BuiltinTypes.dict }
  override var typeIdentity: ObjectIdentifier {
    subclassReference.isNil ? BuiltinTypes.dictIdentity : ObjectIdentifier(type)
  }
  override func instanceDictContains(_ name: PyStr) -> Bool {
    subclassReference.isNil ? false : super.instanceDictContains(name)
  }
  override var instanceDict: PyDict? { subclass?.dict }
  override var subclassState: SubclassState? { subclass }

  var isEmpty: Bool { count == 0 }

  // MARK: - Probing

  /// Finds the slot of `hash` whose entry satisfies `matches`, or the slot
  /// where it would be inserted. `matches` may throw (user `__eq__`).
  @inline(__always)
  private func probe(
    _ hash: Int, _ matches: (Int) throws(PyException) -> Bool
  ) throws(PyException) -> (slot: Int, entry: Int?) {
    let mask = indices.count - 1
    var perturb = UInt(bitPattern: hash)
    var i = Int(perturb & UInt(mask))
    var firstDummy = -1
    while true {
      let ix = indices[i]
      if ix == PyDict.emptySlot {
        return (firstDummy >= 0 ? firstDummy : i, nil)
      }
      if ix == PyDict.dummySlot {
        if firstDummy < 0 { firstDummy = i }
      } else {
        let e = Int(ix)
        if entries[e].hash == hash, try matches(e) { return (i, e) }
      }
      perturb >>= 5
      i = (i &* 5 &+ Int(perturb) &+ 1) & mask
    }
  }

  // MARK: - String keys (no user code can run)

  func getString(_ key: PyStr) -> Value? {
    let h = key.hash
    let found = try? probe(h) { (e: Int) throws(PyException) -> Bool in
      if case .object(let o) = self.entries[e].key, let s = o as? PyStr { return PyStr.equal(s, key) }
      return false
    }
    guard let index = found?.entry else { return nil }
    return entries[index].value
  }

  /// Whether the string key is present (without copying its value out).
  @inline(__always)
  func containsString(_ key: PyStr) -> Bool {
    count > 0 && indexOfString(key) != nil
  }

  /// The entry index of a string key, for caches that read the value later.
  func indexOfString(_ key: PyStr) -> Int? {
    let h = key.hash
    let found = try? probe(h) { (e: Int) throws(PyException) -> Bool in
      if case .object(let o) = self.entries[e].key, let s = o as? PyStr { return PyStr.equal(s, key) }
      return false
    }
    return found?.entry
  }

  func setString(_ key: PyStr, _ value: consuming Value) {
    let h = key.hash
    guard let found = try? probe(h, { (e: Int) throws(PyException) -> Bool in
      if case .object(let o) = self.entries[e].key, let s = o as? PyStr { return PyStr.equal(s, key) }
      return false
    }) else { return }
    if let e = found.entry {
      entries[e].value = value
    } else {
      insertNew(slot: found.slot, hash: h, key: .object(key), value: value)
    }
  }

  @discardableResult
  func removeString(_ key: PyStr) -> Value? {
    let h = key.hash
    guard let found = try? probe(h, { (e: Int) throws(PyException) -> Bool in
      if case .object(let o) = self.entries[e].key, let s = o as? PyStr { return PyStr.equal(s, key) }
      return false
    }), let e = found.entry else { return nil }
    return removeEntry(slot: found.slot, entry: e)
  }

  func getString(_ key: String) -> Value? {
    getString(PyStr.intern(key))
  }

  func setString(_ key: String, _ value: Value) {
    setString(PyStr.intern(key), value)
  }

  // MARK: - General keys

  func get(_ key: Value, vm: VM) throws(PyException) -> Value? {
    let h = try vm.hash(key)
    return try get(key, hash: h, vm: vm)
  }

  func get(_ key: Value, hash h: Int, vm: VM) throws(PyException) -> Value? {
    let found = try probe(h) { (e: Int) throws(PyException) -> Bool in
      try vm.keysEqual(self.entries[e].key, key)
    }
    guard let index = found.entry else { return nil }
    return entries[index].value
  }

  func contains(_ key: Value, vm: VM) throws(PyException) -> Bool {
    try get(key, vm: vm) != nil
  }

  func set(_ key: Value, _ value: Value, vm: VM) throws(PyException) {
    let h = try vm.hash(key)
    try set(key, hash: h, value, vm: vm)
  }

  func set(_ key: Value, hash h: Int, _ value: Value, vm: VM) throws(PyException) {
    let found = try probe(h) { (e: Int) throws(PyException) -> Bool in
      try vm.keysEqual(self.entries[e].key, key)
    }
    if let e = found.entry {
      entries[e].value = value
    } else {
      // User `__eq__` may have resized the table meanwhile: probe again.
      let again = try probe(h) { (e: Int) throws(PyException) -> Bool in
        try vm.keysEqual(self.entries[e].key, key)
      }
      if let e = again.entry {
        entries[e].value = value
      } else {
        insertNew(slot: again.slot, hash: h, key: key, value: value)
      }
    }
  }

  /// Removes `key` and returns its value, or nil when absent.
  @discardableResult
  func remove(_ key: Value, vm: VM) throws(PyException) -> Value? {
    let h = try vm.hash(key)
    let found = try probe(h) { (e: Int) throws(PyException) -> Bool in
      try vm.keysEqual(self.entries[e].key, key)
    }
    guard let e = found.entry else { return nil }
    return removeEntry(slot: found.slot, entry: e)
  }

  // MARK: - Storage

  private func insertNew(slot: Int, hash: Int, key: Value, value: consuming Value) {
    if (entries.count + 1) * 3 > indices.count * 2 {
      resize(minimumUsed: count + 1)
      let mask = indices.count - 1
      var perturb = UInt(bitPattern: hash)
      var i = Int(perturb & UInt(mask))
      while indices[i] != PyDict.emptySlot {
        perturb >>= 5
        i = (i &* 5 &+ Int(perturb) &+ 1) & mask
      }
      indices[i] = Int32(entries.count)
    } else {
      indices[slot] = Int32(entries.count)
    }
    // Room for as many entries as the 8 smallest indices allow (CPython's
    // USABLE_FRACTION), at once: growing 1, 2, 4 costs an instance
    // dictionary two reallocations by its third attribute.
    if entries.capacity == 0 { entries.reserveCapacity(5) }
    entries.append(Entry(hash: hash, key: key, value: value))
    count += 1
    keysVersion = PyDict.freshVersion()
  }

  private func removeEntry(slot: Int, entry e: Int) -> Value {
    let old = entries[e].value
    indices[slot] = PyDict.dummySlot
    entries[e].key = .null
    entries[e].value = .null
    count -= 1
    keysVersion = PyDict.freshVersion()
    // Keep trailing holes from accumulating (popitem, queues of keys).
    while let last = entries.last, last.key.isNull, entries.count > count {
      entries.removeLast()
      if entries.count == count { break }
    }
    return old
  }

  /// Rebuilds the index table for at least `minimumUsed` live entries and
  /// compacts away deleted entries.
  private func resize(minimumUsed: Int) {
    var size = PyDict.minimumSize
    while size * 2 <= minimumUsed * 3 { size <<= 1 }
    if entries.count != count {
      entries.removeAll { $0.key.isNull }
    }
    indices.deallocate()
    indices = IndexTable(size: size)
    let mask = size - 1
    for (n, entry) in entries.enumerated() {
      var perturb = UInt(bitPattern: entry.hash)
      var i = Int(perturb & UInt(mask))
      while indices[i] != PyDict.emptySlot {
        perturb >>= 5
        i = (i &* 5 &+ Int(perturb) &+ 1) & mask
      }
      indices[i] = Int32(n)
    }
    keysVersion = PyDict.freshVersion()
  }

  func removeAll() {
    entries.removeAll()
    indices.deallocate()
    indices = IndexTable(size: PyDict.minimumSize)
    count = 0
    keysVersion = PyDict.freshVersion()
  }

  /// Removes and returns the last inserted entry (`popitem`).
  func popLast() -> (key: Value, value: Value)? {
    guard count > 0 else { return nil }
    while let last = entries.last, last.key.isNull { entries.removeLast() }
    guard let last = entries.last else { return nil }
    // Find its slot to mark it deleted.
    let mask = indices.count - 1
    var perturb = UInt(bitPattern: last.hash)
    var i = Int(perturb & UInt(mask))
    let target = Int32(entries.count - 1)
    while indices[i] != target {
      if indices[i] == PyDict.emptySlot { break }
      perturb >>= 5
      i = (i &* 5 &+ Int(perturb) &+ 1) & mask
    }
    if indices[i] == target { indices[i] = PyDict.dummySlot }
    entries.removeLast()
    count -= 1
    keysVersion = PyDict.freshVersion()
    return (last.key, last.value)
  }

  /// Value of entry `index` (for caches holding an index).
  @inline(__always)
  func value(at index: Int) -> Value {
    entries[index].value
  }

  /// The value of entry `index` when that entry's key is the very string
  /// `key` (an interned name): an attribute cache's guess, checked in O(1).
  @inline(__always)
  func value(at index: Int, ifKeyIs key: PyStr) -> Value? {
    guard index >= 0, index < entries.count, case .object(let k) = entries[index].key, k === key else {
      return nil
    }
    return entries[index].value
  }

  /// `value(at:ifKeyIs:)` for a key given as a raw reference: the
  /// attribute fast paths compare identities without retaining the name.
  @inline(__always)
  func value(at index: Int, ifKeyIsIdentical key: Unmanaged<PyStr>) -> Value? {
    guard index >= 0, index < entries.count, entries[index].key.isObject(key.toOpaque()) else { return nil }
    return entries[index].value
  }

  /// The index of the last entry when its key is the very string `key` (a
  /// name just added): where the next instance of a class keeps it too.
  @inline(__always)
  func lastEntryIndex(ifKeyIsIdentical key: Unmanaged<PyStr>) -> Int? {
    let last = entries.count - 1
    return last >= 0 && entries[last].key.isObject(key.toOpaque()) ? last : nil
  }

  /// Moves the value at `source` into entry `index` when that entry's key
  /// is the very string `key`; false (and `source` untouched) otherwise.
  @inline(__always)
  func moveValue(from source: UnsafeMutablePointer<Value>, at index: Int, ifKeyIsIdentical key: Unmanaged<PyStr>) -> Bool {
    guard index >= 0, index < entries.count, entries[index].key.isObject(key.toOpaque()) else { return false }
    entries[index].value = source.move()
    return true
  }

  /// Replaces the value of entry `index` when its key is the very string
  /// `key`; false (and nothing changed) otherwise.
  @inline(__always)
  func setValue(at index: Int, ifKeyIs key: PyStr, _ value: Value) -> Bool {
    guard index >= 0, index < entries.count, case .object(let k) = entries[index].key, k === key else {
      return false
    }
    entries[index].value = value
    return true
  }

  @inline(__always)
  func setValue(at index: Int, _ value: consuming Value) {
    entries[index].value = value
  }

  /// Live keys in order.
  var keys: [Value] {
    entries.compactMap { $0.key.isNull ? nil : $0.key }
  }

  var values: [Value] {
    entries.compactMap { $0.key.isNull ? nil : $0.value }
  }

  var liveEntries: [Entry] {
    entries.count == count ? entries : entries.filter { !$0.key.isNull }
  }

  /// Number of entry positions (live or not): iterators walk 0..<capacity.
  var entryPositions: Int { entries.count }

  func entry(at position: Int) -> Entry? {
    guard position < entries.count else { return nil }
    let e = entries[position]
    return e.key.isNull ? nil : e
  }

  func copy() -> PyDict {
    let d = PyDict()
    d.entries = liveEntries
    d.count = d.entries.count
    d.resize(minimumUsed: max(d.count, 1))
    return d
  }
}

/// The open-addressing table of a dict: slot -> entry position, or
/// `emptySlot`/`dummySlot`. A raw buffer the dict allocates and frees
/// itself (no reference counting, no uniqueness checks on writes).
struct IndexTable {
  private let base: UnsafeMutablePointer<Int32>
  let count: Int

  init(size: Int) {
    base = UnsafeMutablePointer<Int32>.allocate(capacity: size)
    base.initialize(repeating: -1, count: size)  // PyDict.emptySlot
    count = size
  }

  @inline(__always)
  subscript(i: Int) -> Int32 {
    get { base[i] }
    nonmutating set { base[i] = newValue }
  }

  /// Frees the buffer: once, by the dict that owns it.
  func deallocate() {
    base.deallocate()
  }
}
