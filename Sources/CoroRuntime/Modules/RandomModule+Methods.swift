// The integer, sequence and distribution methods of random.Random: argument
// conversion and type checks as Lib/random.py makes them, the algorithms in
// the random core.

import BigInt

extension RandomModule {
  // MARK: - Integers

  /// random.py's conversion of a randrange argument: `operator.index`, or
  /// the deprecated `int()` fallback for integral floats.
  private static func rangeArgument(_ vm: VM, _ v: Value, _ what: String) throws(PyException)
    -> BigInt
  {
    if let i = try vm.bigIndex(v) { return i }
    let converted = try vm.call(.object(BuiltinTypes.int), [v])
    if !(try vm.valuesEqual(converted, v)) {
      throw PyException.valueError("non-integer \(what) for randrange()")
    }
    return converted.exactInteger ?? 0
  }

  /// `randrange(start, stop=None, step=1)`.
  static func randrange(
    _ vm: VM, _ g: RandomGenerator, _ start: Value, _ stop: Value?, _ step: Value?
  ) throws(PyException) -> Value {
    if case .int(let a) = start, case .int(let b)? = stop, step == nil || step.map({
      if case .int(1) = $0 { return true } else { return false }
    }) == true {
      return .int(try run { try g.randrange(a, b) })
    }
    let istart = try rangeArgument(vm, start, "arg 1")
    guard let stop, !stop.isNone else {
      if let step, !step.isIdentical(to: .int(1)) {
        throw PyException.typeError("Missing a non-None stop argument")
      }
      return .int(try run { try g.randrange(istart) })
    }
    let istop = try rangeArgument(vm, stop, "stop")
    let istep =
      try step.map { (s: Value) throws(PyException) -> BigInt in try rangeArgument(vm, s, "step") }
      ?? 1
    return .int(try run { try g.randrange(istart, istop, step: istep) })
  }

  // MARK: - Sequences

  /// `isinstance(population, collections.abc.Sequence)`, for the builtin
  /// sequences and classes that define `__getitem__` and `__len__`.
  private static func isSequence(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    if o is PyList || o is PyTuple || o is PyStr || o is PyRange || o is PyBytes { return true }
    if o is PyDict || o is PySet { return false }
    return !o.type.isBuiltin && o.type.lookup(Names.getitem) != nil
      && o.type.lookup(Names.len) != nil
  }

  static func installSequenceMethods(_ t: PyType) {
    t.addMethod("randrange") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature("Random.randrange", ["start", "stop", "step"], required: 1).bind(
        args)
      return try randrange(vm, try generator(v), b[0] ?? .none, b[1], b[2])
    }
    t.addMethod("randint") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature("Random.randint", ["a", "b"], required: 2).bind(args)
      if case .int(let low)? = b[0], case .int(let high)? = b[1] {
        let g = try generator(v)
        return .int(try run { try g.randint(low, high) })
      }
      let stop = try vm.binaryOperation(.add, b[1] ?? .none, .int(1))
      return try randrange(vm, try generator(v), b[0] ?? .none, stop, nil)
    }
    t.addMethod("choice") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature("Random.choice", ["seq"], required: 1).bind(args)
      let seq = b[0] ?? .none
      let g = try generator(v)
      let n = try vm.length(seq)
      return try vm.getItem(seq, .int(try run { try g.choice(count: n) }))
    }
    t.addMethod("shuffle") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature("Random.shuffle", ["x"], required: 1).bind(args)
      let x = b[0] ?? .none
      let g = try generator(v)
      if let list = x.as(PyList.self) {
        g.shuffle(&list.items)
        return .none
      }
      // Any mutable sequence: the same swaps through __getitem__/__setitem__.
      var i = try vm.length(x) - 1
      while i >= 1 {
        let j = g.randbelow(i + 1)
        let a = try vm.getItem(x, .int(i))
        let c = try vm.getItem(x, .int(j))
        try vm.setItem(x, .int(i), c)
        try vm.setItem(x, .int(j), a)
        i -= 1
      }
      return .none
    }
    t.addMethod("sample") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature(
        "Random.sample", ["population", "k"], required: 2, keywordOnly: ["counts"]
      )
      .bind(args)
      let population = b[0] ?? .none
      guard isSequence(population) else {
        throw PyException.typeError(
          "Population must be a sequence.  For dicts or sets, use sorted(d).")
      }
      let n = try vm.length(population)
      let k = try vm.bigIntArgument(b[1] ?? .none)
      var counts: [BigInt]?
      if let c = b[2], !c.isNone {
        var values: [BigInt] = []
        for item in try vm.iterate(c) {
          guard let i = item.exactInteger else {
            throw PyException.typeError("Counts must be integers")
          }
          values.append(i)
        }
        counts = values
      }
      let g = try generator(v)
      let picks = try run { try g.sample(count: n, k: k, counts: counts) }
      var out: [Value] = []
      out.reserveCapacity(picks.count)
      for i in picks { out.append(try vm.getItem(population, .int(i))) }
      return .list(out)
    }
    t.addMethod("choices") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature(
        "Random.choices", ["population", "weights"], required: 1, keywordOnly: ["cum_weights", "k"]
      ).bind(args)
      let population = b[0] ?? .none
      let n = try vm.length(population)
      let k = try vm.bigIntArgument(b[3] ?? .int(1))
      var weights: RandomGenerator.ChoiceWeights?
      if let cum = b[2], !cum.isNone {
        if let w = b[1], !w.isNone {
          throw PyException.typeError("Cannot specify both weights and cumulative weights")
        }
        weights = .cumulative(try floats(vm, cum))
      } else if let w = b[1], !w.isNone {
        if let count = w.exactInteger {
          throw PyException.typeError(
            "The number of choices must be a keyword argument: k=\(count)")
        }
        weights = .relative(try floats(vm, w))
      }
      let g = try generator(v)
      let typeName =
        population.asStr != nil
        ? "string" : population.as(PyRange.self) != nil ? "range object" : population.typeName
      let picks = try run {
        try g.choices(
          count: n, weights: weights, k: k, indexErrorMessage: "\(typeName) index out of range")
      }
      var out: [Value] = []
      out.reserveCapacity(picks.count)
      for i in picks { out.append(try vm.getItem(population, .int(i))) }
      return .list(out)
    }
  }

  private static func floats(_ vm: VM, _ v: Value) throws(PyException) -> [Double] {
    var out: [Double] = []
    for item in try vm.iterate(v) { out.append(try vm.floatArgument(item)) }
    return out
  }

  // MARK: - Distributions

  /// A distribution method of float parameters with defaults
  /// (nil: required).
  private static func distribution(
    _ t: PyType, _ name: String, _ parameters: [(String, Double?)],
    _ body: @escaping (RandomGenerator, [Double]) throws -> Double
  ) {
    let required = parameters.prefix { $0.1 == nil }.count
    let signature = PythonSignature("Random.\(name)", parameters.map { $0.0 }, required: required)
    t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try signature.bind(args)
      var values: [Double] = []
      for (i, p) in parameters.enumerated() {
        if let given = b[i] {
          values.append(try vm.floatArgument(given))
        } else {
          values.append(p.1 ?? 0)
        }
      }
      let g = try generator(v)
      return .float(try run { try body(g, values) })
    }
  }

  static func installDistributionMethods(_ t: PyType) {
    t.addMethod("uniform") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature("Random.uniform", ["a", "b"], required: 2).bind(args)
      let g = try generator(v)
      if let x = b[0]?.exactInteger, let y = b[1]?.exactInteger {
        return .float(try run { try g.uniform(x, y) })
      }
      let x = try vm.floatArgument(b[0] ?? .none)
      let y = try vm.floatArgument(b[1] ?? .none)
      return .float(g.uniform(x, y))
    }
    t.addMethod("triangular") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature("Random.triangular", ["low", "high", "mode"]).bind(args)
      let low =
        try b[0].map { (x: Value) throws(PyException) -> Double in try vm.floatArgument(x) } ?? 0.0
      let high =
        try b[1].map { (x: Value) throws(PyException) -> Double in try vm.floatArgument(x) } ?? 1.0
      var mode: Double?
      if let m = b[2], !m.isNone { mode = try vm.floatArgument(m) }
      let g = try generator(v)
      guard let r = try run({ try g.triangular(low: low, high: high, mode: mode) }) else {
        return b[0] ?? .float(0.0)
      }
      return .float(r)
    }
    distribution(t, "gauss", [("mu", 0.0), ("sigma", 1.0)]) {
      try $0.gauss(mu: $1[0], sigma: $1[1])
    }
    distribution(t, "normalvariate", [("mu", 0.0), ("sigma", 1.0)]) {
      try $0.normalvariate(mu: $1[0], sigma: $1[1])
    }
    distribution(t, "lognormvariate", [("mu", nil), ("sigma", nil)]) {
      try $0.lognormvariate(mu: $1[0], sigma: $1[1])
    }
    distribution(t, "expovariate", [("lambd", nil)]) { try $0.expovariate($1[0]) }
    distribution(t, "vonmisesvariate", [("mu", nil), ("kappa", nil)]) {
      try $0.vonmisesvariate(mu: $1[0], kappa: $1[1])
    }
    distribution(t, "gammavariate", [("alpha", nil), ("beta", nil)]) {
      try $0.gammavariate(alpha: $1[0], beta: $1[1])
    }
    distribution(t, "betavariate", [("alpha", nil), ("beta", nil)]) {
      try $0.betavariate(alpha: $1[0], beta: $1[1])
    }
    distribution(t, "paretovariate", [("alpha", nil)]) { try $0.paretovariate($1[0]) }
    distribution(t, "weibullvariate", [("alpha", nil), ("beta", nil)]) {
      try $0.weibullvariate(alpha: $1[0], beta: $1[1])
    }
  }
}
