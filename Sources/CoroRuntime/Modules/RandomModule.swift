// `random`: the glue between Python values and the finished random core in
// Modules/Random/ (RandomGenerator and its algorithms). The module-level
// functions are bound methods of one hidden `Random` instance, as in
// Lib/random.py; `random.Random(x)` makes instances with their own state.

import BigInt

/// A `random.Random` instance.
final class PyRandom: PyObject {
  let generator: RandomGenerator

  init(_ generator: RandomGenerator) {
    self.generator = generator
  }

  /// Set for instances of a user subclass (see `SubclassState`).
  var subclass: SubclassState?

  override var type: PyType { subclass?.type ?? RandomModule.randomType }
  override var instanceDict: PyDict? { subclass?.dict }
  override var subclassState: SubclassState? { subclass }
}

enum RandomModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    let m = PyModule(name: "random")
    let instance = Value.object(PyRandom(RandomGenerator()))
    m.dict.setString("Random", .object(randomType))
    m.dict.setString("_inst", instance)
    for name in methodNames {
      m.dict.setString(PyStr.intern(name), try vm.getAttribute(instance, PyStr.intern(name)))
    }
    m.dict.setString("NV_MAGICCONST", .float(RandomGenerator.nvMagicConst))
    m.dict.setString("TWOPI", .float(RandomGenerator.twoPi))
    m.dict.setString("LOG4", .float(RandomGenerator.log4))
    m.dict.setString("SG_MAGICCONST", .float(RandomGenerator.sgMagicConst))
    m.dict.setString("BPF", .int(53))
    m.dict.setString("RECIP_BPF", .float(1.0 / 9007199254740992.0))
    return m
  }

  /// The methods the module exposes as functions of its hidden instance.
  static let methodNames = [
    "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample",
    "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
    "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate",
    "setstate", "getrandbits", "randbytes",
  ]

  static let randomType: PyType = {
    let t = PyType(builtin: "Random", base: BuiltinTypes.object, module: "random")
    t.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature("Random.__init__", ["x"]).bind(args)
      let generator = RandomGenerator(seed: .int(0))
      try seed(vm, generator, b[0] ?? .none, version: .int(2))
      return .object(PyRandom(generator))
    }
    // `class Dice(random.Random)`: an unseeded generator (all-zero state,
    // as CPython's type allocates it) until `Random.__init__` seeds it.
    BuiltinTypes.addNew(t, mutable: true) { (vm: VM, cls: PyType, args: Args) throws(PyException) -> Value in
      guard cls !== t else { return try t.constructor?(vm, t, args) ?? .none }
      let generator = RandomGenerator(seed: .int(0))
      let zeros = [BigInt](repeating: 0, count: MersenneTwister.stateSize + 1)
      try run { try generator.setstate(version: 3, internalState: zeros, gaussNext: nil) }
      let r = PyRandom(generator)
      r.subclass = SubclassState(type: cls)
      return .object(r)
    }
    installCoreMethods(t)
    installSequenceMethods(t)
    installDistributionMethods(t)
    return t
  }()

  /// The receiver's generator.
  static func generator(_ v: Value) throws(PyException) -> RandomGenerator {
    guard let r = v.as(PyRandom.self) else {
      throw PyException.typeError("descriptor requires a 'random.Random' object")
    }
    return r.generator
  }

  /// Runs a core algorithm, raising its `RandomError` as the Python
  /// exception it stands for.
  static func run<T>(_ body: () throws -> T) throws(PyException) -> T {
    do {
      return try body()
    } catch let e as RandomError {
      let type: PyType
      switch e.kind {
      case .valueError: type = BuiltinTypes.valueError
      case .typeError: type = BuiltinTypes.typeError
      case .indexError: type = BuiltinTypes.indexError
      case .overflowError: type = BuiltinTypes.overflowError
      case .zeroDivisionError: type = BuiltinTypes.zeroDivisionError
      case .memoryError: type = BuiltinTypes.memoryError
      }
      if e.message.isEmpty { throw PyException(type: type, args: []) }
      throw PyException(type: type, message: e.message)
    } catch let e as FormatError {
      throw PyException.from(e)
    } catch {
      throw PyException.systemError("\(error)")
    }
  }

  // MARK: - seed, random, getrandbits, getstate, setstate

  /// `Random.seed(a, version)`: classifies the seed as random.py does.
  static func seed(_ vm: VM, _ g: RandomGenerator, _ a: Value, version: Value) throws(PyException) {
    let material: SeedMaterial
    let isVersion1 = try vm.valuesEqual(version, .int(1))
    let isVersion2 = try vm.valuesEqual(version, .int(2))
    if isVersion1, let s = a.asStr {
      material = SeedMaterial.version1(codePoints: s.value.unicodeScalars.map { $0.value })
    } else if isVersion1, let b = a.as(PyBytes.self) {
      material = SeedMaterial.version1(codePoints: b.bytes.map { UInt32($0) })
    } else if isVersion2, let s = a.asStr {
      material = .string(s.value)
    } else if isVersion2, let b = a.as(PyBytes.self) {
      material = .bytes(b.bytes)
    } else if a.isNone {
      material = .none
    } else if let i = a.exactInteger {
      material = .int(i)
    } else if case .float = a {
      material = .hash(try vm.hash(a))
    } else if a.asStr != nil || a.as(PyBytes.self) != nil {
      material = .hash(try vm.hash(a))
    } else {
      throw PyException.typeError(SeedMaterial.unsupportedTypeMessage)
    }
    g.seed(material)
  }

  private static func installCoreMethods(_ t: PyType) {
    t.addMethod("seed") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature("Random.seed", ["a", "version"]).bind(args)
      try seed(vm, try generator(v), b[0] ?? .none, version: b[1] ?? .int(2))
      return .none
    }
    t.addMethod("__init__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature("Random.__init__", ["x"]).bind(args)
      try seed(vm, try generator(v), b[0] ?? .none, version: .int(2))
      return .none
    }
    t.addMethod("random") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("Random.random")
      return .float(try generator(v).random())
    }
    t.addMethod("getrandbits") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let k = try vm.bigIntArgument(try args.one("getrandbits"))
      let g = try generator(v)
      return .int(try run { try g.getrandbits(k) })
    }
    t.addMethod("randbytes") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature("Random.randbytes", ["n"], required: 1).bind(args)
      let n = try vm.sizeArgument(b[0] ?? .none)
      let g = try generator(v)
      return .object(PyBytes(try run { try g.randbytes(n) }))
    }
    t.addMethod("getstate") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      _ = try PythonSignature("Random.getstate", []).bind(args)
      let state = try generator(v).getstate()
      var inner: [Value] = state.words.map { .int(Int($0)) }
      inner.append(.int(state.index))
      return .tuple([
        .int(RandomGenerator.State.version), .tuple(inner),
        state.gaussNext.map { .float($0) } ?? .none,
      ])
    }
    t.addMethod("setstate") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try PythonSignature("Random.setstate", ["state"], required: 1).bind(args)
      let state = b[0] ?? .none
      let g = try generator(v)
      let versionValue = try vm.getItem(state, .int(0))
      let version: Int
      if try vm.valuesEqual(versionValue, .int(3)) {
        version = 3
      } else if try vm.valuesEqual(versionValue, .int(2)) {
        version = 2
      } else {
        throw PyException.valueError(
          RandomGenerator.unsupportedStateVersion(try vm.str(versionValue)).message)
      }
      let parts = try vm.unpack(state, count: 3)
      let gaussNext: Double? = parts[2].isNone ? nil : try vm.floatArgument(parts[2])
      guard let tuple = parts[1].as(PyTuple.self) else {
        g.gaussNext = gaussNext
        throw PyException.typeError("state vector must be a tuple")
      }
      var items: [BigInt] = []
      for item in tuple.items {
        guard let i = item.exactInteger else {
          throw PyException.typeError(
            "'\(item.typeName)' object cannot be interpreted as an integer")
        }
        items.append(i)
      }
      try run { try g.setstate(version: version, internalState: items, gaussNext: gaussNext) }
      return .none
    }
  }
}

/// Argument binding with the messages of a Python method
/// `def name(self, params..., *, keywordOnly...)` (random.py's methods).
struct PythonSignature {
  let name: String
  let parameters: [String]
  let required: Int
  let keywordOnly: [String]

  init(_ name: String, _ parameters: [String], required: Int = 0, keywordOnly: [String] = []) {
    self.name = name
    self.parameters = parameters
    self.required = required
    self.keywordOnly = keywordOnly
  }

  func bind(_ args: Args) throws(PyException) -> [Value?] {
    let all = parameters + keywordOnly
    var result = [Value?](repeating: nil, count: all.count)
    if args.count > parameters.count {
      let given = args.count + 1
      let takes =
        required == parameters.count
        ? "\(parameters.count + 1) positional argument\(parameters.isEmpty ? "" : "s")"
        : "from \(required + 1) to \(parameters.count + 1) positional arguments"
      throw PyException.typeError(
        "\(name)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
    }
    for i in 0..<args.count { result[i] = args[i] }
    for (key, value) in args.keywords {
      guard let index = all.firstIndex(of: key) else {
        throw PyException.typeError("\(name)() got an unexpected keyword argument '\(key)'")
      }
      if result[index] != nil {
        throw PyException.typeError("\(name)() got multiple values for argument '\(key)'")
      }
      result[index] = value
    }
    let missing = (0..<required).filter { result[$0] == nil }.map { "'\(parameters[$0])'" }
    if !missing.isEmpty {
      let list: String
      switch missing.count {
      case 1: list = missing[0]
      case 2: list = "\(missing[0]) and \(missing[1])"
      default: list = missing.dropLast().joined(separator: ", ") + ", and " + (missing.last ?? "")
      }
      throw PyException.typeError(
        "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)"
      )
    }
    return result
  }
}
