// itertools.product, permutations, combinations and
// combinations_with_replacement: the index algorithms of the itertools
// documentation (and itertoolsmodule.c), yielding tuples lazily in the same
// order. Inputs are read into tuples when the iterator is made.

extension ItertoolsTypes {
  static let product = iteratorType("product") {
    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    var repeatCount = 1
    if args.keywordCount > 1 {
      throw PyException.typeError(
        "product() takes at most 1 keyword argument (\(args.keywordCount) given)")
    }
    for (name, value) in args.keywords {
      guard name == "repeat" else {
        throw PyException.typeError("'\(name)' is an invalid keyword argument for product()")
      }
      repeatCount = try vm.sizeArgument(value)
      if repeatCount < 0 { throw PyException.valueError("repeat argument cannot be negative") }
    }
    var pools: [[Value]] = []
    for v in args.positional { pools.append(try vm.iterate(v)) }
    let allPools = Array([[[Value]]](repeating: pools, count: repeatCount).joined())
    var indices: [Int]?
    var done = allPools.contains { $0.isEmpty } && repeatCount > 0
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      if done { return nil }
      guard var current = indices else {
        let first = [Int](repeating: 0, count: allPools.count)
        indices = first
        return .tuple(zip(allPools, first).map { $0.0[$0.1] })
      }
      // Advance the odometer: the rightmost index that can move.
      var i = allPools.count - 1
      while i >= 0 {
        current[i] += 1
        if current[i] < allPools[i].count { break }
        current[i] = 0
        i -= 1
      }
      if i < 0 {
        done = true
        return nil
      }
      indices = current
      return .tuple(zip(allPools, current).map { $0.0[$0.1] })
    }
  }

  /// The optional `r` of permutations: None or an int ("Expected int as r").
  private static func permutationLength(_ vm: VM, _ v: Value?, _ n: Int) throws(PyException) -> Int
  {
    guard let v, !v.isNone else { return n }
    guard v.isInteger else { throw PyException.typeError("Expected int as r") }
    let r = try vm.sizeArgument(v)
    if r < 0 { throw PyException.valueError("r must be non-negative") }
    return r
  }

  static let permutations = iteratorType("permutations") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let b = try args.bind("permutations", ["iterable", "r"], required: 1)
    let pool = try vm.iterate(b[0] ?? .none)
    let n = pool.count
    let r = try permutationLength(vm, b[1], n)
    var indices = Array(0..<n)
    var cycles = Array(stride(from: n, to: n - r, by: -1))
    var started = false
    var done = r > n
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      if done { return nil }
      if !started {
        started = true
        return .tuple(indices.prefix(r).map { pool[$0] })
      }
      var i = r - 1
      while i >= 0 {
        cycles[i] -= 1
        if cycles[i] == 0 {
          let moved = indices.remove(at: i)
          indices.append(moved)
          cycles[i] = n - i
        } else {
          let j = cycles[i]
          indices.swapAt(i, n - j)
          return .tuple(indices.prefix(r).map { pool[$0] })
        }
        i -= 1
      }
      done = true
      return nil
    }
  }

  /// combinations and combinations_with_replacement: `(iterable, r)`.
  private static func combinationArguments(
    _ vm: VM, _ name: String, _ args: Args
  ) throws(PyException) -> ([Value], Int) {
    let b = try args.bind(name, ["iterable", "r"], required: 2)
    let r = try vm.sizeArgument(b[1] ?? .none)
    let pool = try vm.iterate(b[0] ?? .none)
    if r < 0 { throw PyException.valueError("r must be non-negative") }
    return (pool, r)
  }

  static let combinations = iteratorType("combinations") {

    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let (pool, r) = try combinationArguments(vm, "combinations", args)
    let n = pool.count
    var indices = Array(0..<r)
    var started = false
    var done = r > n
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      if done { return nil }
      if !started {
        started = true
        return .tuple(indices.map { pool[$0] })
      }
      var i = r - 1
      while i >= 0 && indices[i] == i + n - r { i -= 1 }
      if i < 0 {
        done = true
        return nil
      }
      indices[i] += 1
      for j in (i + 1)..<r { indices[j] = indices[j - 1] + 1 }
      return .tuple(indices.map { pool[$0] })
    }
  }

  static let combinationsWithReplacement = iteratorType("combinations_with_replacement") {
    (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
    let (pool, r) = try combinationArguments(vm, "combinations_with_replacement", args)
    let n = pool.count
    var indices = [Int](repeating: 0, count: r)
    var started = false
    var done = n == 0 && r > 0
    return closure(type) { (vm: VM) throws(PyException) -> Value? in
      if done { return nil }
      if !started {
        started = true
        return .tuple(indices.map { pool[$0] })
      }
      var i = r - 1
      while i >= 0 && indices[i] == n - 1 { i -= 1 }
      if i < 0 {
        done = true
        return nil
      }
      let value = indices[i] + 1
      for j in i..<r { indices[j] = value }
      return .tuple(indices.map { pool[$0] })
    }
  }
}
