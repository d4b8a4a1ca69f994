// `math`: the functions of Modules/mathmodule.c with CPython's argument
// conversions (floats through PyFloat_AsDouble, exact ints where CPython
// keeps them exact) and error reporting (errno → ValueError "math domain
// error" / OverflowError "math range error").

import BigInt

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum MathModule {
  typealias Function = PyBuiltinFunction.Function

  static func make(_ vm: VM) throws(PyException) -> PyModule {
    var functions: [(String, Function)] = []
    // math_1: one float in, one float out; the flag says whether an
    // infinite result from a finite argument is an overflow (else a pole).
    let unary: [(String, (Double) -> Double, Bool)] = [
      ("acos", acos, false), ("acosh", acosh, false), ("asin", asin, false),
      ("asinh", asinh, false), ("atan", atan, false), ("atanh", atanh, false),
      ("cbrt", cbrt, false), ("cos", cos, false), ("cosh", cosh, true), ("erf", erf, false),
      ("erfc", erfc, false), ("exp", exp, true), ("exp2", exp2, true), ("expm1", expm1, true),
      ("fabs", fabs, false), ("log1p", { $0 == 0 ? $0 : log1p($0) }, false),
      ("sin", sin, false), ("sinh", sinh, true), ("sqrt", { $0.squareRoot() }, false),
      ("tan", tan, false), ("tanh", tanh, false),
    ]
    for (name, f, canOverflow) in unary {
      functions.append(
        (
          name,
          floatFunction(name) { (x: Double) throws -> Double in
            let r = f(x)
            if r.isNaN && !x.isNaN { throw MathFailure.domain }
            if r.isInfinite && x.isFinite {
              throw canOverflow ? MathFailure.range : MathFailure.domain
            }
            return r
          }
        ))
    }
    functions.append(("gamma", floatFunction("gamma", MathFunctions.gamma)))
    functions.append(("lgamma", floatFunction("lgamma", MathFunctions.lgamma)))
    functions.append(("degrees", floatFunction("degrees") { $0 * (180.0 / Double.pi) }))
    functions.append(("radians", floatFunction("radians") { $0 * (Double.pi / 180.0) }))
    functions.append(("ulp", floatFunction("ulp", ulp)))
    for (name, test) in [
      ("isfinite", { (x: Double) in x.isFinite }), ("isinf", { $0.isInfinite }),
      ("isnan", { $0.isNaN }),
    ] {
      functions.append(
        (
          name,
          { (vm: VM, args: Args) throws(PyException) -> Value in
            .bool(test(try vm.floatArgument(try args.one("math.\(name)"))))
          }
        ))
    }
    functions.append(
      (
        "frexp",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          let x = try vm.floatArgument(try args.one("math.frexp"))
          if x.isNaN || x.isInfinite || x == 0 { return .tuple([.float(x), .int(0)]) }
          var e: Int32 = 0
          let m = frexp(x, &e)
          return .tuple([.float(m), .int(Int(e))])
        }
      ))
    functions.append(
      (
        "modf",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          let x = try vm.floatArgument(try args.one("math.modf"))
          if x.isInfinite { return .tuple([.float(copysign(0, x)), .float(x)]) }
          if x.isNaN { return .tuple([.float(x), .float(x)]) }
          let whole = x.rounded(.towardZero)
          return .tuple([.float(copysign(x - whole, x)), .float(whole)])
        }
      ))
    // math_2 and friends: two floats in.
    let binary: [(String, (Double, Double) throws -> Double)] = [
      ("atan2", { (y, x) throws -> Double in try math2(y, x, atan2Special) }),
      ("copysign", { (x, y) throws -> Double in try math2(x, y, copysign) }),
      ("remainder", { (x, y) throws -> Double in try math2(x, y, remainder) }),
      ("nextafter", { (x, y) throws -> Double in nextafter(x, y) }),
      ("pow", MathFunctions.power),
      (
        "fmod",
        { (x, y) throws -> Double in
          if y.isInfinite && x.isFinite { return x }
          let r = fmod(x, y)
          if r.isNaN && !x.isNaN && !y.isNaN { throw MathFailure.domain }
          return r
        }
      ),
    ]
    for (name, f) in binary {
      functions.append(
        (
          name,
          { (vm: VM, args: Args) throws(PyException) -> Value in
            let a = try args.positional(name, 2, 2)
            let x = try vm.floatArgument(a[0])
            let y = try vm.floatArgument(a[1])
            return .float(try run { try f(x, y) })
          }
        ))
    }
    functions.append(("ldexp", ldexpFunction))
    functions.append(("log", log))
    functions.append(("log2", logFunction("log2", log2)))
    functions.append(("log10", logFunction("log10", log10)))
    functions.append(("fsum", fsum))
    functions.append(("hypot", hypot))
    functions.append(("dist", dist))
    functions.append(("isclose", isclose))
    functions.append(contentsOf: integerFunctions)
    let m = ModuleRegistry.module("math", functions)
    installConstants(into: m.dict)
    return m
  }

  /// pi, e, tau, inf and nan, which cmath has too.
  static func installConstants(into dict: PyDict) {
    dict.setString("pi", .float(Double.pi))
    dict.setString("e", .float(M_E))
    dict.setString("tau", .float(2 * Double.pi))
    dict.setString("inf", .float(.infinity))
    dict.setString("nan", .float(.nan))
  }

  // MARK: - Helpers

  /// Runs a math algorithm, raising its failure as CPython does.
  static func run<T>(_ body: () throws -> T) throws(PyException) -> T {
    do {
      return try body()
    } catch let failure as MathFailure {
      switch failure {
      case .domain: throw PyException.valueError("math domain error")
      case .range: throw PyException.overflowError("math range error")
      }
    } catch let e as FormatError {
      throw PyException.from(e)
    } catch {
      throw PyException.systemError("\(error)")
    }
  }

  /// A one-argument function of a float (METH_O with `PyFloat_AsDouble`).
  private static func floatFunction(_ name: String, _ f: @escaping (Double) throws -> Double)
    -> Function
  {
    { (vm: VM, args: Args) throws(PyException) -> Value in
      let x = try vm.floatArgument(try args.one("math.\(name)"))
      return .float(try run { try f(x) })
    }
  }

  /// math_2's error check around a libm function of two floats.
  private static func math2(_ x: Double, _ y: Double, _ f: (Double, Double) -> Double) throws
    -> Double
  {
    let r = f(x, y)
    if r.isNaN && !x.isNaN && !y.isNaN { throw MathFailure.domain }
    if r.isInfinite && x.isFinite && y.isFinite { throw MathFailure.range }
    return r
  }

  /// m_atan2: C99's special cases, whatever the platform.
  private static func atan2Special(_ y: Double, _ x: Double) -> Double {
    if x.isNaN || y.isNaN { return .nan }
    if y.isInfinite {
      if x.isInfinite {
        return copysign(copysign(1, x) == 1 ? 0.25 * Double.pi : 0.75 * Double.pi, y)
      }
      return copysign(0.5 * Double.pi, y)
    }
    if x.isInfinite || y == 0 {
      return copysign(copysign(1, x) == 1 ? 0 : Double.pi, y)
    }
    return atan2(y, x)
  }

  private static func ulp(_ value: Double) -> Double {
    if value.isNaN { return value }
    let x = Swift.abs(value)
    if x.isInfinite { return x }
    let next = nextafter(x, .infinity)
    if next.isInfinite { return x - nextafter(x, -.infinity) }
    return next - x
  }

  private static func ldexpFunction(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("ldexp", 2, 2)
    let x = try vm.floatArgument(a[0])
    guard let big = a[1].exactInteger else {
      throw PyException.typeError("Expected an int as second argument to ldexp.")
    }
    if x == 0 || !x.isFinite { return .float(x) }
    guard let exponent = Int32(exactly: big) else {
      if big.sign == .minus { return .float(copysign(0, x)) }
      throw PyException.overflowError("math range error")
    }
    let r = ldexp(x, exponent)
    if r.isInfinite { throw PyException.overflowError("math range error") }
    return .float(r)
  }

  // MARK: - Logarithms

  /// loghelper: exact for ints of any size, libm for everything else.
  private static func logarithm(_ vm: VM, _ v: Value, _ f: @escaping (Double) -> Double)
    throws(PyException) -> Double
  {
    if let n = v.exactInteger {
      return try run { try MathFunctions.logarithm(n, f) }
    }
    let x = try vm.floatArgument(v)
    return try run { try MathFunctions.logarithm(x, f) }
  }

  private static func log(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    try args.rejectKeywords("log")
    guard args.count == 1 || args.count == 2 else {
      throw PyException.typeError("math.log requires 1 to 2 arguments")
    }
    let num = try logarithm(vm, args[0], naturalLog)
    if args.count == 1 { return .float(num) }
    let den = try logarithm(vm, args[1], naturalLog)
    if den == 0 { throw PyException.zeroDivision("float division by zero") }
    return .float(num / den)
  }

  private static func naturalLog(_ x: Double) -> Double { libmLog(x) }

  private static func logFunction(_ name: String, _ f: @escaping (Double) -> Double) -> Function {
    { (vm: VM, args: Args) throws(PyException) -> Value in
      .float(try logarithm(vm, try args.one("math.\(name)"), f))
    }
  }

  // MARK: - Sums and norms

  private static func fsum(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let it = try vm.getIterator(try args.one("math.fsum"))
    var sum = MathFunctions.Summation()
    while let item = try vm.nextValue(it) {
      let x = try vm.floatArgument(item)
      try run { try sum.add(x) }
    }
    return .float(try run { try sum.total() })
  }

  private static func hypot(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    try args.rejectKeywords("math.hypot")
    var coordinates: [Double] = []
    var maximum = 0.0
    var foundNaN = false
    for i in 0..<args.count {
      let x = Swift.abs(try vm.floatArgument(args[i]))
      coordinates.append(x)
      foundNaN = foundNaN || x.isNaN
      if x > maximum { maximum = x }
    }
    return .float(MathFunctions.vectorNorm(coordinates, max: maximum, foundNaN: foundNaN))
  }

  private static func dist(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("dist", 2, 2)
    let p = try vm.iterate(a[0])
    let q = try vm.iterate(a[1])
    guard p.count == q.count else {
      throw PyException.valueError("both points must have the same number of dimensions")
    }
    var diffs: [Double] = []
    var maximum = 0.0
    var foundNaN = false
    for (px, qx) in zip(p, q) {
      let x = Swift.abs(try vm.floatArgument(px) - (try vm.floatArgument(qx)))
      diffs.append(x)
      foundNaN = foundNaN || x.isNaN
      if x > maximum { maximum = x }
    }
    return .float(MathFunctions.vectorNorm(diffs, max: maximum, foundNaN: foundNaN))
  }

  private static func isclose(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let b = try args.bind("isclose", ["a", "b"], required: 2, keywordOnly: ["rel_tol", "abs_tol"])
    guard let av = b[0], let bv = b[1] else { return .none }
    let x = try vm.floatArgument(av)
    let y = try vm.floatArgument(bv)
    let relTol =
      try b[2].map { (v: Value) throws(PyException) -> Double in try vm.floatArgument(v) } ?? 1e-09
    let absTol =
      try b[3].map { (v: Value) throws(PyException) -> Double in try vm.floatArgument(v) } ?? 0.0
    if relTol < 0 || absTol < 0 {
      throw PyException.valueError("tolerances must be non-negative")
    }
    if x == y { return .bool(true) }
    if x.isInfinite || y.isInfinite { return .bool(false) }
    let diff = Swift.abs(y - x)
    return .bool(diff <= Swift.abs(relTol * y) || diff <= Swift.abs(relTol * x) || diff <= absTol)
  }
}

/// libm's natural log, out of reach of `MathModule.log`'s name.
private func libmLog(_ x: Double) -> Double { log(x) }
