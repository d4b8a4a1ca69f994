/// The base of iterators implemented in Swift: `next` returns nil when
/// exhausted (StopIteration without a value).
class PyIteratorBase: PyObject {
  func next(_ vm: VM) throws(PyException) -> Value? { nil }
}

/// `iter(list)`. Reads the list live, as CPython does: appending while
/// iterating is seen, and shrinking ends the iteration.
final class PyListIterator: PyIteratorBase {
  private var list: PyList?
  private var index = 0

  init(_ list: PyList) {
    self.list = list
  }

  override var type: PyType { BuiltinTypes.listIterator }

  @inline(__always)
  func next() -> Value? {
    guard let l = list else { return nil }
    if index < l.items.count {
      let v = l.items[index]
      index += 1
      return v
    }
    list = nil
    return nil
  }

  override func next(_ vm: VM) throws(PyException) -> Value? { next() }

  var remaining: Int { list.map { max($0.items.count - index, 0) } ?? 0 }
}

/// `reversed(list)`.
final class PyListReverseIterator: PyIteratorBase {
  private var list: PyList?
  private var index: Int

  init(_ list: PyList) {
    self.list = list
    index = list.items.count - 1
  }

  override var type: PyType { BuiltinTypes.listReverseIterator }

  override func next(_ vm: VM) throws(PyException) -> Value? {
    guard let l = list else { return nil }
    if index >= 0 && index < l.items.count {
      let v = l.items[index]
      index -= 1
      return v
    }
    list = nil
    return nil
  }
}

/// Iterates over a fixed array of values (tuples, snapshots).
final class PySequenceIterator: PyIteratorBase {
  private let items: [Value]
  private var index = 0
  private let iteratorType: PyType

  init(_ items: [Value], type: PyType) {
    self.items = items
    iteratorType = type
  }

  override var type: PyType { iteratorType }

  override func next(_ vm: VM) throws(PyException) -> Value? {
    guard index < items.count else { return nil }
    let v = items[index]
    index += 1
    return v
  }
}

/// `iter(range(...))`.
final class PyRangeIterator: PyIteratorBase {
  private var current: Int
  private let step: Int
  private var remaining: Int

  init(_ r: PyRange) {
    current = r.start
    step = r.step
    remaining = r.count
  }

  init(start: Int, step: Int, count: Int) {
    current = start
    self.step = step
    remaining = count
  }

  override var type: PyType { BuiltinTypes.rangeIterator }

  @inline(__always)
  func next() -> Int? {
    guard remaining > 0 else { return nil }
    let v = current
    remaining -= 1
    current = current &+ step
    return v
  }

  override func next(_ vm: VM) throws(PyException) -> Value? {
    next().map { .int($0) }
  }
}

/// `iter(str)`: one code point at a time.
final class PyStrIterator: PyIteratorBase {
  private let string: PyStr
  private var index = 0

  init(_ s: PyStr) {
    string = s
  }

  override var type: PyType { string.isASCII ? BuiltinTypes.strASCIIIterator : BuiltinTypes.strIterator }

  override func next(_ vm: VM) throws(PyException) -> Value? {
    guard index < string.count else { return nil }
    let c = string.scalar(at: index)
    index += 1
    return .object(PyStr.character(c))
  }
}

/// Iterates a dict's keys, values or items, raising CPython's error when
/// the dict changes size meanwhile.
final class PyDictIterator: PyIteratorBase {
  enum Kind {
    case keys, values, items
  }

  private let dict: PyDict
  private let kind: Kind
  private var position = 0
  private let expectedCount: Int
  private var reversed: Bool

  init(_ dict: PyDict, kind: Kind, reversed: Bool = false) {
    self.dict = dict
    self.kind = kind
    expectedCount = dict.count
    self.reversed = reversed
    position = reversed ? dict.entryPositions - 1 : 0
  }

  override var type: PyType {
    switch kind {
    case .keys: return reversed ? BuiltinTypes.dictReverseKeyIterator : BuiltinTypes.dictKeyIterator
    case .values: return reversed ? BuiltinTypes.dictReverseValueIterator : BuiltinTypes.dictValueIterator
    case .items: return reversed ? BuiltinTypes.dictReverseItemIterator : BuiltinTypes.dictItemIterator
    }
  }

  override func next(_ vm: VM) throws(PyException) -> Value? {
    if dict.count != expectedCount {
      throw PyException.runtimeError("dictionary changed size during iteration")
    }
    while position >= 0 && position < dict.entryPositions {
      let p = position
      position += reversed ? -1 : 1
      guard let e = dict.entry(at: p) else { continue }
      switch kind {
      case .keys: return e.key
      case .values: return e.value
      case .items: return .object(PyTuple([e.key, e.value]))
      }
    }
    return nil
  }
}

/// Iterates a set in table order, raising CPython's error on change.
final class PySetIterator: PyIteratorBase {
  private let set: PySet
  private let keys: [Value]
  private var index = 0
  private let expectedCount: Int

  init(_ set: PySet) {
    self.set = set
    keys = set.keys
    expectedCount = set.count
  }

  override var type: PyType { BuiltinTypes.setIterator }

  override func next(_ vm: VM) throws(PyException) -> Value? {
    if set.count != expectedCount {
      throw PyException.runtimeError("Set changed size during iteration")
    }
    guard index < keys.count else { return nil }
    let v = keys[index]
    index += 1
    return v
  }
}

/// Iterates any object with `__getitem__` (the old sequence protocol),
/// stopping at IndexError.
final class PySequenceProtocolIterator: PyIteratorBase {
  private let target: Value
  private var index = 0
  private var done = false

  init(_ target: Value) {
    self.target = target
  }

  override var type: PyType { BuiltinTypes.iterator }

  override func next(_ vm: VM) throws(PyException) -> Value? {
    if done { return nil }
    do throws(PyException) {
      let v = try vm.getItem(target, .int(index))
      index += 1
      return v
    } catch {
      if error.isInstance(of: BuiltinTypes.indexError) || error.isInstance(of: BuiltinTypes.stopIteration) {
        done = true
        return nil
      }
      throw error
    }
  }
}

/// An iterator built from a Swift closure (enumerate, zip, map, filter,
/// and the itertools functions), with the Python type it reports.
final class PyClosureIterator: PyIteratorBase {
  private let body: (VM) throws(PyException) -> Value?
  private let iteratorType: PyType
  private var finished = false

  init(type: PyType, _ body: @escaping (VM) throws(PyException) -> Value?) {
    iteratorType = type
    self.body = body
  }

  override var type: PyType { iteratorType }

  override func next(_ vm: VM) throws(PyException) -> Value? {
    if finished { return nil }
    let v = try body(vm)
    if v == nil { finished = true }
    return v
  }
}

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views.
final class PyDictView: PyObject {
  enum Kind {
    case keys, values, items
  }

  let dict: PyDict
  let kind: Kind

  init(_ dict: PyDict, kind: Kind) {
    self.dict = dict
    self.kind = kind
  }

  override var type: PyType {
    switch kind {
    case .keys: return BuiltinTypes.dictKeys
    case .values: return BuiltinTypes.dictValues
    case .items: return BuiltinTypes.dictItems
    }
  }
}
