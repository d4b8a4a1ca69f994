// `itertools`: lazy iterators with CPython's type names (`count`, `chain`,
// `groupby`...), argument checks and messages, after Modules/itertoolsmodule.c.

enum ItertoolsModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    let m = ModuleRegistry.module("itertools", [("tee", ItertoolsTypes.tee)])
    for t in ItertoolsTypes.all {
      m.dict.setString(PyStr.intern(t.name), .object(t))
    }
    return m
  }
}

/// The iterator types of itertools, made once per process.
enum ItertoolsTypes {
  /// A type whose instances are Swift iterators made by `make`.
  static func iteratorType(_ name: String, _ make: @escaping PyType.Constructor) -> PyType {
    let t = PyType(builtin: name, base: BuiltinTypes.object, module: "itertools")
    t.constructor = make
    installIteratorProtocol(t)
    return t
  }

  /// `__iter__` and `__next__` by name, for `it.__next__()`.
  static func installIteratorProtocol(_ t: PyType) {
    t.addMethod("__iter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in v }
    t.addMethod("__next__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let it = v.as(PyIteratorBase.self) else { throw PyException.stopIteration() }
      if let x = try it.next(vm) { return x }
      throw PyException.stopIteration()
    }
  }

  static var all: [PyType] {
    [
      count, cycle, repeatType, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
      groupby, islice, pairwise, starmap, zipLongest, product, permutations, combinations,
      combinationsWithReplacement,
    ]
  }

  static let grouper: PyType = {
    let t = PyType(builtin: "_grouper", base: BuiltinTypes.object, module: "itertools")
    installIteratorProtocol(t)
    return t
  }()

  static let teeType: PyType = {
    let t = PyType(builtin: "_tee", base: BuiltinTypes.object, module: "itertools")
    installIteratorProtocol(t)
    return t
  }()

  // MARK: - Argument helpers

  /// An iterator over `v` made now, as the constructors do.
  static func iterator(_ vm: VM, _ v: Value) throws(PyException) -> Value {
    try vm.getIterator(v)
  }

  /// The next value of a Swift-held iterator, nil when exhausted.
  static func next(_ vm: VM, _ it: Value) throws(PyException) -> Value? {
    try vm.nextValue(it)
  }

  /// A closure iterator of the given itertools type.
  static func closure(_ type: PyType, _ body: @escaping (VM) throws(PyException) -> Value?) -> Value
  {
    .object(PyClosureIterator(type: type, body))
  }

  // MARK: - Infinite iterators

  static let count = iteratorType("count") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    if args.count + args.keywordCount > 2 {
      throw PyException.typeError(
        "count() takes at most 2 arguments (\(args.count + args.keywordCount) given)")
    }
    let b = try args.bind("count", ["start", "step"])
    var start = b[0] ?? .int(0)
    let step = b[1] ?? .int(1)
    for v in [start, step] where !(try isNumber(vm, v)) {
      throw PyException.typeError("a number is required")
    }
    if case .bool(let flag) = start, case .int(1) = step { start = .int(flag ? 1 : 0) }
    return .object(PyCountIterator(start: start, step: step))
  }

  /// PyNumber_Check: ints, floats, and objects with `__int__`, `__float__`
  /// or `__index__`.
  private static func isNumber(_ vm: VM, _ v: Value) throws(PyException) -> Bool {
    switch v {
    case .int, .bool, .float: return true
    case .object(let o):
      if o is PyBigInt { return true }
      return ["__int__", "__float__", "__index__"].contains { o.type.lookup($0) != nil }
    default: return false
    }
  }

  static let cycle = iteratorType("cycle") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let a = try args.positional("cycle", 1, 1)
    let it = try iterator(vm, a[0])
    var saved: [Value] = []
    var firstPass = true
    var index = 0
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      if firstPass {
        if let x = try next(vm, it) {
          saved.append(x)
          return x
        }
        firstPass = false
      }
      if saved.isEmpty { return nil }
      let x = saved[index]
      index = (index + 1) % saved.count
      return x
    }
  }

  static let repeatType = iteratorType("repeat") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    if args.count + args.keywordCount > 2 {
      throw PyException.typeError(
        "repeat() takes at most 2 arguments (\(args.count + args.keywordCount) given)")
    }
    let b = try args.bind("repeat", ["object", "times"], required: 1)
    var times: Int?
    if let t = b[1] {
      times = max(0, try vm.sizeArgument(t))
    }
    return .object(PyRepeatIterator(element: b[0] ?? .none, times: times))
  }

  // MARK: - Iterators over one input

  static let accumulate = iteratorType("accumulate") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let b = try args.bind(
      "accumulate", ["iterable", "func"], required: 1, keywordOnly: ["initial"])
    let it = try iterator(vm, b[0] ?? .none)
    let function = b[1] ?? .none
    var initial = b[2] ?? .none
    var total: Value?
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      if !initial.isNone {
        total = initial
        initial = .none
        return total
      }
      guard let x = try next(vm, it) else { return nil }
      if let t = total {
        total =
          function.isNone ? try vm.binaryOperation(.add, t, x) : try vm.call(function, [t, x])
      } else {
        total = x
      }
      return total
    }
  }

  static let chain: PyType = {
    let t = iteratorType("chain") {
      (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      try args.rejectKeywords("chain")
      return chainOver(
        .object(PySequenceIterator(args.positional, type: BuiltinTypes.tupleIterator)))
    }
    t.addClassMethod("from_iterable") { (vm: VM, args: Args) throws(PyException) -> Value in
      guard args.count == 2 else {
        throw PyException.typeError(
          "chain.from_iterable() takes exactly one argument (\(args.count - 1) given)")
      }
      return chainOver(try iterator(vm, args[1]))
    }
    return t
  }()

  /// chain_next: the items of each iterable that `source` yields in turn.
  private static func chainOver(_ source: Value) -> Value {
    var source: Value? = source
    var active: Value?
    return closure(chain) { (vm: VM) throws(PyException) -> Value? in
      while let s = source {
        if active == nil {
          guard let iterable = try next(vm, s) else {
            source = nil
            return nil
          }
          do throws(PyException) {
            active = try vm.getIterator(iterable)
          } catch {
            source = nil
            throw error
          }
        }
        if let a = active, let x = try next(vm, a) { return x }
        active = nil
      }
      return nil
    }
  }

  static let compress = iteratorType("compress") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let b = try args.bind("compress", ["data", "selectors"], required: 2)
    let data = try iterator(vm, b[0] ?? .none)
    let selectors = try iterator(vm, b[1] ?? .none)
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      while true {
        guard let datum = try next(vm, data), let selector = try next(vm, selectors) else {
          return nil
        }
        if try vm.isTrue(selector) { return datum }
      }
    }
  }

  /// dropwhile, takewhile, filterfalse: `(predicate, iterable)`.
  private static func predicateArguments(_ vm: VM, _ name: String, _ args: Args) throws(PyException)
    -> (Value, Value)
  {
    let a = try args.positional(name, 2, 2)
    return (a[0], try iterator(vm, a[1]))
  }

  static let dropwhile = iteratorType("dropwhile") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let (predicate, it) = try predicateArguments(vm, "dropwhile", args)
    var dropping = true
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      while let x = try next(vm, it) {
        if !dropping { return x }
        if !(try vm.isTrue(try vm.call(predicate, [x]))) {
          dropping = false
          return x
        }
      }
      return nil
    }
  }

  static let takewhile = iteratorType("takewhile") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let (predicate, it) = try predicateArguments(vm, "takewhile", args)
    var stopped = false
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      if stopped { return nil }
      guard let x = try next(vm, it) else { return nil }
      if try vm.isTrue(try vm.call(predicate, [x])) { return x }
      stopped = true
      return nil
    }
  }

  static let filterfalse = iteratorType("filterfalse") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let (predicate, it) = try predicateArguments(vm, "filterfalse", args)
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      while let x = try next(vm, it) {
        let keep = predicate.isNone ? x : try vm.call(predicate, [x])
        if !(try vm.isTrue(keep)) { return x }
      }
      return nil
    }
  }

  static let starmap = iteratorType("starmap") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let a = try args.positional("starmap", 2, 2)
    let function = a[0]
    let it = try iterator(vm, a[1])
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      guard let item = try next(vm, it) else { return nil }
      let callArgs: [Value]
      if let t = item.as(PyTuple.self) {
        callArgs = t.items
      } else {
        callArgs = try vm.iterate(item)
      }
      return try vm.call(function, callArgs)
    }
  }

  static let pairwise = iteratorType("pairwise") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let a = try args.positional("pairwise", 1, 1)
    var it: Value? = try iterator(vm, a[0])
    var old: Value?
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      guard let source = it else { return nil }
      if old == nil {
        old = try next(vm, source)
        if old == nil {
          it = nil
          return nil
        }
      }
      guard let new = try next(vm, source), let previous = old else {
        it = nil
        return nil
      }
      old = new
      return .tuple([previous, new])
    }
  }
}
