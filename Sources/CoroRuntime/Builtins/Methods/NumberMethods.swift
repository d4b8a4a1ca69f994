import BigInt
import CoroCompiler

/// Methods and attributes of int (and so bool) and float: bit_length,
/// to_bytes, as_integer_ratio, hex, the numeric dunders a program can call
/// by name (`int.__add__`, `x.__round__()`), real/imag/numerator...
extension BuiltinTypes {
  static func installNumberMethods() {
    installIntMethods()
    installIntBytes()
    installFloatMethods()
    installArithmeticDunders(on: int, accepts: { $0.isInteger })
    installArithmeticDunders(on: float, accepts: { $0.isInteger || isFloat($0) })
    installBoolLogic()
    installComplexMethods()
  }

  /// bool's `&`, `|`, `^` by name: a bool when both operands are bools.
  private static func installBoolLogic() {
    let ops: [(String, BinaryOperation, (Bool, Bool) -> Bool)] = [
      ("and", .bitAnd, { $0 && $1 }), ("or", .bitOr, { $0 || $1 }), ("xor", .bitXor, { $0 != $1 }),
    ]
    for (name, op, logic) in ops {
      for method in ["__\(name)__", "__r\(name)__"] {
        bool.addMethod(method) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
          let other = try args.one(method)
          if case .bool(let a) = v, case .bool(let b) = other { return .bool(logic(a, b)) }
          guard other.isInteger else { return .object(notImplementedObject) }
          return try vm.binaryOperation(op, intSelf(v), intSelf(other))
        }
      }
    }
  }

  private static func isFloat(_ v: Value) -> Bool {
    if case .float = v { return true }
    return false
  }

  /// The receiver as an int value (`True` becomes 1).
  private static func intSelf(_ v: Value) -> Value {
    if case .bool(let b) = v { return .int(b ? 1 : 0) }
    return v
  }

  private static func bigSelf(_ v: Value) -> BigInt {
    v.exactInteger ?? 0
  }

  // MARK: - int

  private static func installIntMethods() {
    int.addMethod("bit_length") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("int.bit_length")
      if case .int(let i) = v { return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount) }
      return .int(bigSelf(v).magnitude.bitWidth)
    }
    int.addMethod("bit_count") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("int.bit_count")
      if case .int(let i) = v { return .int(i.magnitude.nonzeroBitCount) }
      return .int(bigSelf(v).magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
    }
    int.addMethod("conjugate") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("int.conjugate")
      return intSelf(v)
    }
    int.addMethod("as_integer_ratio") {
      (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("int.as_integer_ratio")
      return .tuple([intSelf(v), .int(1)])
    }
    for name in ["real", "numerator"] {
      int.addGetter(name) { (vm: VM, v: Value) throws(PyException) -> Value in intSelf(v) }
    }
    int.addGetter("imag") { (vm: VM, v: Value) throws(PyException) -> Value in .int(0) }
    int.addGetter("denominator") { (vm: VM, v: Value) throws(PyException) -> Value in .int(1) }
    for name in ["__index__", "__int__", "__trunc__", "__floor__", "__ceil__"] {
      int.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        try args.none("int.\(name)")
        return intSelf(v)
      }
    }
    int.addMethod("__float__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("int.__float__")
      return .float(try vm.floatArgument(v))
    }
    int.addMethod("__round__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let a = try args.positional("__round__", 0, 1)
      guard let nd = a.first, !nd.isNone else { return intSelf(v) }
      let n = try vm.bigIntArgument(nd)
      guard let small = Int(exactly: n) else { return n.sign == .minus ? .int(0) : intSelf(v) }
      return .int(NumericRounding.round(bigSelf(v), ndigits: small))
    }
    int.addMethod("__sizeof__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("int.__sizeof__")
      let digits = max(1, (bigSelf(v).magnitude.bitWidth + 29) / 30)
      return .int(24 + 4 * digits - (bigSelf(v).isZero ? 4 : 0))
    }
    int.addMethod("__getnewargs__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .tuple([intSelf(v)])
    }
  }

  /// `int.to_bytes` and `int.from_bytes` (3.11: length defaults to 1 and
  /// byteorder to 'big').
  private static func installIntBytes() {
    int.addMethod("to_bytes") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let b = try args.bind("to_bytes", ["length", "byteorder"], keywordOnly: ["signed"])
      let length =
        try b[0].map { (x: Value) throws(PyException) -> Int in try vm.sizeArgument(x) } ?? 1
      let little = try byteOrder(b[1], "to_bytes")
      let signed =
        try b[2].map { (x: Value) throws(PyException) -> Bool in try vm.isTrue(x) } ?? false
      if length < 0 { throw PyException.valueError("length argument must be non-negative") }
      let bytes = try vm.convert {
        try IntBytes.encode(bigSelf(v), length: length, littleEndian: little, signed: signed)
      }
      return .object(PyBytes(bytes))
    }
    int.addClassMethod("from_bytes") { (vm: VM, args: Args) throws(PyException) -> Value in
      let b = try args.bind(
        "from_bytes", ["cls", "bytes", "byteorder"], keywordOnly: ["signed"])
      guard let source = b[1] else {
        throw PyException.typeError("from_bytes() missing required argument 'bytes' (pos 1)")
      }
      let bytes: [UInt8]
      if let pb = source.as(PyBytes.self) {
        bytes = pb.bytes
      } else if source.asStr != nil || source.isInteger || isFloat(source) || source.isNone {
        throw PyException.typeError("cannot convert '\(source.typeName)' object to bytes")
      } else {
        var collected: [UInt8] = []
        for item in try vm.iterate(source) {
          let x = try vm.bigIntArgument(item)
          guard x >= 0 && x < 256 else {
            throw PyException.valueError("bytes must be in range(0, 256)")
          }
          collected.append(UInt8(x))
        }
        bytes = collected
      }
      let little = try byteOrder(b[2], "from_bytes")
      let signed =
        try b[3].map { (x: Value) throws(PyException) -> Bool in try vm.isTrue(x) } ?? false
      return .int(IntBytes.decode(bytes, littleEndian: little, signed: signed))
    }
  }

  private static func byteOrder(_ v: Value?, _ function: String) throws(PyException) -> Bool {
    guard let v else { return false }
    guard let s = v.asStr else {
      throw PyException.typeError(
        "\(function)() argument 'byteorder' must be str, not \(v.typeName)")
    }
    switch s.value {
    case "little": return true
    case "big": return false
    default: throw PyException.valueError("byteorder must be either 'little' or 'big'")
    }
  }

  // MARK: - float

  private static func floatSelf(_ v: Value) -> Double {
    if case .float(let d) = v { return d }
    return 0
  }

  private static func integerValue(_ r: IntOrBigInt) -> Value {
    switch r {
    case .small(let i): return .int(i)
    case .big(let b): return .int(b)
    }
  }

  private static func installFloatMethods() {
    float.addMethod("is_integer") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("float.is_integer")
      let d = floatSelf(v)
      return .bool(d.isFinite && d == d.rounded(.towardZero))
    }
    float.addMethod("as_integer_ratio") {
      (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("float.as_integer_ratio")
      let (n, d) = try vm.convert { try FloatBits.integerRatio(floatSelf(v)) }
      return .tuple([.int(n), .int(d)])
    }
    float.addMethod("hex") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("float.hex")
      return .str(FloatBits.hex(floatSelf(v)))
    }
    float.addClassMethod("fromhex") { (vm: VM, args: Args) throws(PyException) -> Value in
      guard args.count == 2, args.keywordCount == 0 else {
        throw PyException.typeError(
          "fromhex() takes exactly one argument (\(max(args.count - 1, 0)) given)")
      }
      guard let s = args[1].asStr else {
        throw PyException.typeError("bad argument type for built-in operation")
      }
      return .float(try vm.convert { try FloatBits.fromHex(s.value) })
    }
    float.addMethod("conjugate") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("float.conjugate")
      return v
    }
    float.addGetter("real") { (vm: VM, v: Value) throws(PyException) -> Value in v }
    float.addGetter("imag") { (vm: VM, v: Value) throws(PyException) -> Value in .float(0) }
    float.addMethod("__float__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("float.__float__")
      return v
    }
    for name in ["__int__", "__trunc__"] {
      float.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        try args.none("float.\(name)")
        return integerValue(try vm.convert { try IntFloat.toInteger(floatSelf(v)) })
      }
    }
    float.addMethod("__floor__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("float.__floor__")
      return integerValue(try vm.convert { try IntFloat.toInteger(floatSelf(v).rounded(.down)) })
    }
    float.addMethod("__ceil__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("float.__ceil__")
      return integerValue(try vm.convert { try IntFloat.toInteger(floatSelf(v).rounded(.up)) })
    }
    float.addMethod("__round__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let a = try args.positional("__round__", 0, 1)
      let d = floatSelf(v)
      guard let nd = a.first, !nd.isNone else {
        return integerValue(try vm.convert { try NumericRounding.round(d) })
      }
      let n = try vm.bigIntArgument(nd)
      let small = Int(clamping: n)
      return .float(try vm.convert { try NumericRounding.round(d, ndigits: small) })
    }
    float.addMethod("__getnewargs__") {
      (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .tuple([v])
    }
  }

  // MARK: - Dunders shared by int and float

  /// `__add__`, `__radd__`, ..., the comparisons, `__neg__`, `__abs__`,
  /// `__bool__`, `__format__`: callable by name (`map(int.__add__, a, b)`);
  /// an operand of another type gives NotImplemented as in CPython.
  private static func installArithmeticDunders(on type: PyType, accepts: @escaping (Value) -> Bool)
  {
    let binary: [(String, BinaryOperation)] = [
      ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide),
      ("floordiv", .floorDivide), ("mod", .modulo), ("pow", .power),
    ]
    let intOnly: [(String, BinaryOperation)] = [
      ("lshift", .leftShift), ("rshift", .rightShift), ("and", .bitAnd), ("or", .bitOr),
      ("xor", .bitXor),
    ]
    let notImplemented = Value.object(notImplementedObject)
    for (name, op) in binary + (type === int ? intOnly : []) {
      type.addMethod("__\(name)__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        if op == .power, args.count == 2 {
          return try modularPower(vm, v, args[0], args[1], accepts)
        }
        let other = try args.one("__\(name)__")
        guard accepts(other) else { return notImplemented }
        return try vm.binaryOperation(op, v, other)
      }
      type.addMethod("__r\(name)__") {
        (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        if op == .power, args.count == 2 {
          return try modularPower(vm, args[0], v, args[1], accepts)
        }
        let other = try args.one("__r\(name)__")
        guard accepts(other) else { return notImplemented }
        return try vm.binaryOperation(op, other, v)
      }
    }
    type.addMethod("__divmod__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let other = try args.one("__divmod__")
      guard accepts(other) else { return notImplemented }
      return try vm.divmod(v, other)
    }
    type.addMethod("__rdivmod__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let other = try args.one("__rdivmod__")
      guard accepts(other) else { return notImplemented }
      return try vm.divmod(other, v)
    }
    let comparisons: [(String, ComparisonOperation)] = [
      ("eq", .equal), ("ne", .notEqual), ("lt", .less), ("le", .lessEqual), ("gt", .greater),
      ("ge", .greaterEqual),
    ]
    for (name, op) in comparisons {
      type.addMethod("__\(name)__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let other = try args.one("__\(name)__")
        guard accepts(other) else { return notImplemented }
        return try vm.compare(op, v, other)
      }
    }
    let unary: [(String, (VM, Value) throws(PyException) -> Value)] =
      [
        ("neg", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.negate(v) }),
        ("pos", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.positive(v) }),
        ("abs", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.absolute(v) }),
        ("bool", { (vm: VM, v: Value) throws(PyException) -> Value in .bool(try vm.isTrue(v)) }),
        ("hash", { (vm: VM, v: Value) throws(PyException) -> Value in .int(try vm.hash(v)) }),
      ]
      + (type === int
        ? [("invert", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.invert(v) })]
        : [])
    for (name, fn) in unary {
      type.addMethod("__\(name)__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        try args.none("\(type.name).__\(name)__")
        return try fn(vm, v)
      }
    }
    type.addMethod("__format__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let spec = try args.one("__format__")
      guard let s = spec.asStr else {
        throw PyException.typeError("__format__() argument must be str, not \(spec.typeName)")
      }
      return .str(try vm.format(v, s.value))
    }
  }

  /// `__pow__(exp, mod)`: the builtin three-argument `pow`.
  private static func modularPower(
    _ vm: VM, _ base: Value, _ exponent: Value, _ modulus: Value, _ accepts: (Value) -> Bool
  ) throws(PyException) -> Value {
    guard accepts(base), accepts(exponent), modulus.isNone || accepts(modulus),
      let pow = vm.interpreter.builtinsDict.getString("pow")
    else { return .object(notImplementedObject) }
    return try vm.call(pow, [base, exponent, modulus])
  }
}
