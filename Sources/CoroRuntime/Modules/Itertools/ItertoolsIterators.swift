// itertools.count and repeat (with their reprs), groupby and its lazy
// groups, islice, zip_longest and tee.

/// `itertools.count(start, step)`: `count(5, 2)`.
final class PyCountIterator: PyIteratorBase, PyReprCustomizable {
  private var current: Value
  private let step: Value

  init(start: Value, step: Value) {
    current = start
    self.step = step
  }

  override var type: PyType { ItertoolsTypes.count }

  override func next(_ vm: VM) throws(PyException) -> Value? {
    let v = current
    current = try vm.binaryOperation(.add, current, step)
    return v
  }

  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    if case .int(1) = step { return "count(\(try vm.repr(current)))" }
    return "count(\(try vm.repr(current)), \(try vm.repr(step)))"
  }
}

/// `itertools.repeat(object, times)`: `repeat('a', 2)`.
final class PyRepeatIterator: PyIteratorBase, PyReprCustomizable {
  private let element: Value
  private var remaining: Int?

  init(element: Value, times: Int?) {
    self.element = element
    remaining = times
  }

  override var type: PyType { ItertoolsTypes.repeatType }

  override func next(_ vm: VM) throws(PyException) -> Value? {
    if let r = remaining {
      if r <= 0 { return nil }
      remaining = r - 1
    }
    return element
  }

  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    guard let r = remaining else { return "repeat(\(try vm.repr(element)))" }
    return "repeat(\(try vm.repr(element)), \(r))"
  }
}

/// The state `groupby` shares with its groups (groupbyobject).
final class GroupByState {
  let iterator: Value
  let key: Value
  var targetKey: Value?
  var currentKey: Value?
  var currentValue: Value?
  /// Bumped for each new group: older groups are exhausted.
  var generation = 0

  init(iterator: Value, key: Value) {
    self.iterator = iterator
    self.key = key
  }

  /// groupby_step: the next value and its key; false when exhausted.
  func step(_ vm: VM) throws(PyException) -> Bool {
    guard let value = try vm.nextValue(iterator) else { return false }
    currentKey = key.isNone ? value : try vm.call(key, [value])
    currentValue = value
    return true
  }
}

extension ItertoolsTypes {
  static let groupby = iteratorType("groupby") {
    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let b = try args.bind("groupby", ["iterable", "key"], required: 1)
    let state = GroupByState(iterator: try iterator(vm, b[0] ?? .none), key: b[1] ?? .none)
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      state.generation += 1
      while true {
        if let current = state.currentKey {
          guard let target = state.targetKey else { break }
          if !(try vm.valuesEqual(target, current)) { break }
        }
        if !(try state.step(vm)) { return nil }
      }
      state.targetKey = state.currentKey
      guard let groupKey = state.targetKey else { return nil }
      let generation = state.generation
      let group = PyClosureIterator(type: grouper) { (vm: VM) throws(PyException) -> Value? in
        guard state.generation == generation else { return nil }
        if state.currentValue == nil {
          if !(try state.step(vm)) { return nil }
        }
        guard let current = state.currentKey, try vm.valuesEqual(groupKey, current) else {
          return nil
        }
        let value = state.currentValue
        state.currentValue = nil
        return value
      }
      return .tuple([groupKey, .object(group)])
    }
  }

  /// PyNumber_AsSsize_t for an islice argument: -1 for anything that is
  /// not an int fitting a machine word (CPython clears that error).
  private static func sliceIndex(_ vm: VM, _ v: Value) -> Int {
    guard let big = try? vm.bigIndex(v), let n = Int(exactly: big) else { return -1 }
    return n
  }

  static let islice = iteratorType("islice") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let a = try args.positional("islice", 2, 4)
    let stopError = PyException.valueError(
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    var start = 0
    var stop = -1
    var step = 1
    let stopValue = a.count == 2 ? a[1] : a[2]
    if a.count > 2 && !a[1].isNone { start = sliceIndex(vm, a[1]) }
    if !stopValue.isNone {
      stop = sliceIndex(vm, stopValue)
      if stop == -1 { throw stopError }
    }
    if start < 0 || stop < -1 {
      throw PyException.valueError(
        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    }
    if a.count == 4 && !a[3].isNone { step = sliceIndex(vm, a[3]) }
    if step < 1 {
      throw PyException.valueError("Step for islice() must be a positive integer or None.")
    }
    var it: Value? = try iterator(vm, a[0])
    var count = 0
    var nextIndex = start
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      guard let source = it else { return nil }
      while count < nextIndex {
        guard try next(vm, source) != nil else {
          it = nil
          return nil
        }
        count += 1
      }
      if stop != -1 && count >= stop {
        it = nil
        return nil
      }
      guard let item = try next(vm, source) else {
        it = nil
        return nil
      }
      count += 1
      let (advanced, overflow) = nextIndex.addingReportingOverflow(step)
      nextIndex = advanced
      if overflow || (stop != -1 && nextIndex > stop) { nextIndex = stop }
      return item
    }
  }

  static let zipLongest = iteratorType("zip_longest") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    var fill: Value = .none
    for (name, value) in args.keywords {
      guard name == "fillvalue" else {
        throw PyException.typeError("zip_longest() got an unexpected keyword argument")
      }
      fill = value
    }
    var iterators: [Value?] = []
    for v in args.positional { iterators.append(try iterator(vm, v)) }
    var active = iterators.count
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      if iterators.isEmpty || active == 0 { return nil }
      var items: [Value] = []
      for i in iterators.indices {
        guard let source = iterators[i] else {
          items.append(fill)
          continue
        }
        if let x = try next(vm, source) {
          items.append(x)
          continue
        }
        active -= 1
        if active == 0 { return nil }
        iterators[i] = nil
        items.append(fill)
      }
      return .tuple(items)
    }
  }

  /// `tee(iterable, n=2)`: n iterators sharing one buffer of values.
  static func tee(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("tee", 1, 2)
    let n = a.count == 2 ? try vm.sizeArgument(a[1]) : 2
    if n < 0 { throw PyException.valueError("n must be >= 0") }
    let shared = TeeBuffer(source: try iterator(vm, a[0]))
    var copies: [Value] = []
    for _ in 0..<n {
      var position = 0
      copies.append(
        .object(
          PyClosureIterator(type: teeType) { (vm: VM) throws(PyException) -> Value? in
            guard let x = try shared.value(at: position, vm) else { return nil }
            position += 1
            return x
          }))
    }
    return .tuple(copies)
  }
}

/// The values a group of tee iterators have drawn from their source.
final class TeeBuffer {
  private let source: Value
  private var values: [Value] = []
  private var exhausted = false

  init(source: Value) {
    self.source = source
  }

  func value(at index: Int, _ vm: VM) throws(PyException) -> Value? {
    while index >= values.count {
      if exhausted { return nil }
      guard let x = try vm.nextValue(source) else {
        exhausted = true
        return nil
      }
      values.append(x)
    }
    return values[index]
  }
}
