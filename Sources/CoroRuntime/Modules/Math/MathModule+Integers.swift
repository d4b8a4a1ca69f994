// The integer side of `math`: factorial, comb, perm, gcd, lcm, isqrt, prod,
// and floor/ceil/trunc, whose results are exact ints of any size.

import BigInt

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension MathModule {
  static var integerFunctions: [(String, Function)] {
    [
      ("factorial", factorial), ("comb", comb), ("perm", perm), ("isqrt", isqrt),
      ("gcd", gcd), ("lcm", lcm), ("prod", prod),
      ("floor", rounding("floor", "__floor__", .down)),
      ("ceil", rounding("ceil", "__ceil__", .up)),
      ("trunc", trunc),
    ]
  }

  /// `int(x)` of a float already rounded to an integral value.
  private static func integer(_ vm: VM, _ x: Double) throws(PyException) -> Value {
    switch try vm.convert({ try IntFloat.toInteger(x) }) {
    case .small(let i): return .int(i)
    case .big(let b): return .int(b)
    }
  }

  /// math.floor and math.ceil: floats directly, ints exactly, other
  /// objects through `__floor__`/`__ceil__`, else through float().
  private static func rounding(_ name: String, _ method: String, _ rule: FloatingPointRoundingRule)
    -> Function
  {
    { (vm: VM, args: Args) throws(PyException) -> Value in
      let v = try args.one("math.\(name)")
      if case .float(let d) = v { return try integer(vm, d.rounded(rule)) }
      if let i = v.exactInteger { return .int(i) }
      if case .object(let o) = v, !o.type.isBuiltin || o is PyInstance,
        let m = o.type.lookup(PyStr.intern(method))
      {
        return try vm.callMethod(m, v, [])
      }
      return try integer(vm, try vm.floatArgument(v).rounded(rule))
    }
  }

  private static func trunc(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let v = try args.one("math.trunc")
    if case .float(let d) = v { return try integer(vm, d.rounded(.towardZero)) }
    if let i = v.exactInteger { return .int(i) }
    if case .object(let o) = v, let m = o.type.lookup(PyStr.intern("__trunc__")) {
      return try vm.callMethod(m, v, [])
    }
    throw PyException.typeError("type \(v.typeName) doesn't define __trunc__ method")
  }

  // MARK: - Combinatorics

  /// The product of the integers in lo..<hi, by halves so that the big
  /// multiplications have balanced operands.
  static func rangeProduct(_ lo: BigInt, _ hi: BigInt) -> BigInt {
    let count = hi - lo
    if count <= 0 { return 1 }
    if count <= 16 {
      var p = BigInt(1)
      var i = lo
      while i < hi {
        p *= i
        i += 1
      }
      return p
    }
    let mid = lo + count / 2
    return rangeProduct(lo, mid) * rangeProduct(mid, hi)
  }

  private static func factorial(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let n = try vm.bigIntArgument(try args.one("math.factorial"))
    if n.sign == .minus && !n.isZero {
      throw PyException.valueError("factorial() not defined for negative values")
    }
    if n > BigInt(Int.max) {
      throw PyException.overflowError("factorial() argument should not exceed \(Int.max)")
    }
    return .int(rangeProduct(1, n + 1))
  }

  /// The non-negative `n` and `k` of comb and perm.
  private static func combinatoricArguments(_ vm: VM, _ n: Value, _ k: Value) throws(PyException)
    -> (BigInt, BigInt)
  {
    let nn = try vm.bigIntArgument(n)
    let kk = try vm.bigIntArgument(k)
    if nn.sign == .minus && !nn.isZero {
      throw PyException.valueError("n must be a non-negative integer")
    }
    if kk.sign == .minus && !kk.isZero {
      throw PyException.valueError("k must be a non-negative integer")
    }
    return (nn, kk)
  }

  private static func comb(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("comb", 2, 2)
    let (n, k0) = try combinatoricArguments(vm, a[0], a[1])
    if k0 > n { return .int(0) }
    let k = min(k0, n - k0)
    guard let steps = Int(exactly: k) else {
      throw PyException.overflowError("min(n - k, k) must not exceed \(Int.max)")
    }
    if steps == 0 { return .int(1) }
    // C(n, k) = C(n, k-1) * (n - k + 1) / k, exact at every step.
    var result = n
    if steps > 1 {
      for i in 1..<steps {
        result = result * (n - BigInt(i)) / BigInt(i + 1)
      }
    }
    return .int(result)
  }

  private static func perm(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("perm", 1, 2)
    if a.count == 1 || a[1].isNone {
      let n = try vm.bigIntArgument(a[0])
      if n.sign == .minus && !n.isZero {
        throw PyException.valueError("n must be a non-negative integer")
      }
      if n > BigInt(Int.max) {
        throw PyException.overflowError("factorial() argument should not exceed \(Int.max)")
      }
      return .int(rangeProduct(1, n + 1))
    }
    let (n, k) = try combinatoricArguments(vm, a[0], a[1])
    if k > n { return .int(0) }
    if Int(exactly: k) == nil { throw PyException.overflowError("k must not exceed \(Int.max)") }
    return .int(rangeProduct(n - k + 1, n + 1))
  }

  private static func isqrt(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let n = try vm.bigIntArgument(try args.one("math.isqrt"))
    if n.sign == .minus && !n.isZero {
      throw PyException.valueError("isqrt() argument must be nonnegative")
    }
    return .int(BigInt(n.magnitude.squareRoot()))
  }

  // MARK: - gcd, lcm, prod

  private static func gcd(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    try args.rejectKeywords("gcd")
    var g = BigInt(0)
    for i in 0..<args.count {
      let x = try vm.bigIntArgument(args[i])
      g = BigInt(g.magnitude.greatestCommonDivisor(with: x.magnitude))
    }
    return .int(g)
  }

  private static func lcm(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    try args.rejectKeywords("lcm")
    var l = BigInt(1)
    for i in 0..<args.count {
      let x = try vm.bigIntArgument(args[i])
      if l.isZero || x.isZero {
        l = 0
        continue
      }
      let g = BigInt(l.magnitude.greatestCommonDivisor(with: x.magnitude))
      l = BigInt((l / g * x).magnitude)
    }
    return .int(l)
  }

  private static func prod(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    guard args.count == 1 else {
      throw PyException.typeError(
        "prod() takes exactly 1 positional argument (\(args.count) given)")
    }
    var result: Value = .int(1)
    for (name, value) in args.keywords {
      guard name == "start" else {
        throw PyException.typeError("prod() got an unexpected keyword argument '\(name)'")
      }
      result = value
    }
    let it = try vm.getIterator(args[0])
    while let item = try vm.nextValue(it) {
      result = try vm.binaryOperation(.multiply, result, item)
    }
    return result
  }
}
