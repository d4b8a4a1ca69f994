// `cmath`, the part of Modules/cmathmodule.c that tutorials use: sqrt, exp,
// log, log10, phase, polar, rect, the isfinite/isinf/isnan tests and the constants.
// The algorithms are CPython's (scaling in sqrt, the large-argument path of
// exp), and non-finite arguments take CPython's special-value tables, taken
// from python3 3.11; errno becomes ValueError "math domain error" or
// OverflowError "math range error" as there.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum CmathModule {
  typealias Function = PyBuiltinFunction.Function

  private enum Failure: Error {
    case domain
    case range
  }

  static func make(_ vm: VM) throws(PyException) -> PyModule {
    var functions: [(String, Function)] = []
    for (name, f) in [("sqrt", complexSqrt), ("exp", complexExp)] as [(String, (ComplexValue) throws(Failure) -> ComplexValue)] {
      functions.append((name, { (vm: VM, args: Args) throws(PyException) -> Value in
        let z = try complexArgument(vm, try args.one("cmath.\(name)"))
        return complexValue(try run { () throws(Failure) -> ComplexValue in try f(z) })
      }))
    }
    functions.append(("phase", { (vm: VM, args: Args) throws(PyException) -> Value in
      .float(phase(try complexArgument(vm, try args.one("cmath.phase"))))
    }))
    functions.append(("polar", { (vm: VM, args: Args) throws(PyException) -> Value in
      let z = try complexArgument(vm, try args.one("cmath.polar"))
      let phi = phase(z)
      guard let r = ComplexMath.magnitude(z) else {
        throw PyException.overflowError("math range error")
      }
      return .tuple([.float(r), .float(phi)])
    }))
    functions.append(("rect", { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.positional("rect", 2, 2)
      let r = try vm.floatArgument(a[0])
      let phi = try vm.floatArgument(a[1])
      return complexValue(try run { () throws(Failure) -> ComplexValue in try rect(r, phi) })
    }))
    functions.append(("log", { (vm: VM, args: Args) throws(PyException) -> Value in
      try args.rejectKeywords("cmath.log")
      try args.checkCount("log", 1, 2)
      // As cmath_log_impl: the errno of the first logarithm is reset by
      // the second (log(0, 2) is (-inf+nanj)); the division sets its own.
      var x = complexLog(try complexArgument(vm, args[0]))
      if args.count == 2 {
        let y = complexLog(try complexArgument(vm, args[1]))
        x.domainError = y.domainError
        do {
          x.value = try ComplexMath.quotient(x.value, y.value)
        } catch {
          x.domainError = true
        }
      }
      if x.domainError { throw PyException.valueError("math domain error") }
      return complexValue(x.value)
    }))
    functions.append(("log10", { (vm: VM, args: Args) throws(PyException) -> Value in
      let r = complexLog(try complexArgument(vm, try args.one("cmath.log10")))
      if r.domainError { throw PyException.valueError("math domain error") }
      return complexValue(ComplexValue(r.value.real / M_LN10, r.value.imag / M_LN10))
    }))
    let tests: [(String, (ComplexValue) -> Bool)] = [
      ("isfinite", { $0.real.isFinite && $0.imag.isFinite }),
      ("isinf", { $0.real.isInfinite || $0.imag.isInfinite }),
      ("isnan", { $0.real.isNaN || $0.imag.isNaN }),
    ]
    for (name, test) in tests {
      functions.append((name, { (vm: VM, args: Args) throws(PyException) -> Value in
        .bool(test(try complexArgument(vm, try args.one("cmath.\(name)"))))
      }))
    }
    let m = ModuleRegistry.module("cmath", functions)
    MathModule.installConstants(into: m.dict)
    m.dict.setString("infj", .object(PyComplex(0, .infinity)))
    m.dict.setString("nanj", .object(PyComplex(0, .nan)))
    return m
  }

  private static func complexValue(_ z: ComplexValue) -> Value {
    .object(PyComplex(z.real, z.imag))
  }

  private static func run(_ body: () throws(Failure) -> ComplexValue) throws(PyException) -> ComplexValue {
    do {
      return try body()
    } catch .domain {
      throw PyException.valueError("math domain error")
    } catch {
      throw PyException.overflowError("math range error")
    }
  }

  /// The "D" argument conversion (PyComplex_AsCComplex): a complex, an
  /// object with `__complex__`, else a real number as a float.
  private static func complexArgument(_ vm: VM, _ v: Value) throws(PyException) -> ComplexValue {
    if let c = v.as(PyComplex.self) { return c.value }
    if case .object(let o) = v, !(o is PyBigInt), let m = o.type.lookup(PyStr.intern("__complex__")) {
      let r = try vm.callMethod(m, v, [])
      guard let c = r.as(PyComplex.self) else {
        throw PyException.typeError("__complex__ returned non-complex (type \(r.typeName))")
      }
      return c.value
    }
    return ComplexValue(try vm.floatArgument(v), 0)
  }

  /// The row or column of a special-value table (special_type).
  private static func kind(_ d: Double) -> Int {
    if d.isNaN { return 6 }
    if d.isInfinite { return d > 0 ? 5 : 0 }
    if d == 0 { return d.sign == .minus ? 2 : 3 }
    return d < 0 ? 1 : 4
  }

  /// c_atan2: C99's special cases for infinities and zeros.
  private static func phase(_ z: ComplexValue) -> Double {
    if z.real.isNaN || z.imag.isNaN { return .nan }
    if z.imag.isInfinite {
      if z.real.isInfinite {
        return copysign(z.real.sign == .plus ? 0.25 * Double.pi : 0.75 * Double.pi, z.imag)
      }
      return copysign(0.5 * Double.pi, z.imag)
    }
    if z.real.isInfinite || z.imag == 0 {
      return z.real.sign == .plus ? copysign(0, z.imag) : copysign(Double.pi, z.imag)
    }
    return atan2(z.imag, z.real)
  }

  /// c_sqrt, scaling subnormal arguments up so hypot keeps its precision.
  private static func complexSqrt(_ z: ComplexValue) throws(Failure) -> ComplexValue {
    if !z.real.isFinite || !z.imag.isFinite { return sqrtSpecial[kind(z.real)][kind(z.imag)] }
    if z.real == 0 && z.imag == 0 { return ComplexValue(0, z.imag) }
    var ax = Swift.abs(z.real)
    let ay = Swift.abs(z.imag)
    let s: Double
    if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
      ax = scalbn(ax, 53)
      s = scalbn((ax + hypot(ax, scalbn(ay, 53))).squareRoot(), -27)
    } else {
      ax /= 8
      s = 2 * (ax + hypot(ax, ay / 8)).squareRoot()
    }
    let d = ay / (2 * s)
    if z.real >= 0 { return ComplexValue(s, copysign(d, z.imag)) }
    return ComplexValue(d, copysign(s, z.imag))
  }

  /// c_log: the real part through log1p near |z| = 1, with scaling for
  /// huge and subnormal arguments; log(0) is a domain error.
  private static func complexLog(_ z: ComplexValue) -> (value: ComplexValue, domainError: Bool) {
    if !z.real.isFinite || !z.imag.isFinite {
      return (logSpecial[kind(z.real)][kind(z.imag)], false)
    }
    let ax = Swift.abs(z.real)
    let ay = Swift.abs(z.imag)
    let real: Double
    if ax > Double.greatestFiniteMagnitude / 4 || ay > Double.greatestFiniteMagnitude / 4 {
      real = log(hypot(ax / 2, ay / 2)) + M_LN2
    } else if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
      if ax > 0 || ay > 0 {
        real = log(hypot(scalbn(ax, 53), scalbn(ay, 53))) - 53 * M_LN2
      } else {
        return (ComplexValue(-.infinity, atan2(z.imag, z.real)), true)
      }
    } else {
      let h = hypot(ax, ay)
      if 0.71 <= h && h <= 1.73 {
        let am = ax > ay ? ax : ay
        let an = ax > ay ? ay : ax
        real = log1p((am - 1) * (am + 1) + an * an) / 2
      } else {
        real = log(h)
      }
    }
    return (ComplexValue(real, atan2(z.imag, z.real)), false)
  }

  /// log(DBL_MAX / 4): past it exp computes exp(x - 1) * e to stay finite.
  private static let logLargeDouble = log(Double.greatestFiniteMagnitude / 4)

  /// c_exp.
  private static func complexExp(_ z: ComplexValue) throws(Failure) -> ComplexValue {
    if !z.real.isFinite || !z.imag.isFinite {
      var r: ComplexValue
      if z.real.isInfinite && z.imag.isFinite && z.imag != 0 {
        if z.real > 0 {
          r = ComplexValue(copysign(.infinity, cos(z.imag)), copysign(.infinity, sin(z.imag)))
        } else {
          r = ComplexValue(copysign(0, cos(z.imag)), copysign(0, sin(z.imag)))
        }
      } else {
        r = expSpecial[kind(z.real)][kind(z.imag)]
      }
      if z.imag.isInfinite && (z.real.isFinite || (z.real.isInfinite && z.real > 0)) {
        throw .domain
      }
      return r
    }
    let r: ComplexValue
    if z.real > logLargeDouble {
      let l = exp(z.real - 1)
      r = ComplexValue(l * cos(z.imag) * M_E, l * sin(z.imag) * M_E)
    } else {
      let l = exp(z.real)
      r = ComplexValue(l * cos(z.imag), l * sin(z.imag))
    }
    if r.real.isInfinite || r.imag.isInfinite { throw .range }
    return r
  }

  /// cmath.rect(r, phi).
  private static func rect(_ r: Double, _ phi: Double) throws(Failure) -> ComplexValue {
    if !r.isFinite || !phi.isFinite {
      var z: ComplexValue
      if r.isInfinite && phi.isFinite && phi != 0 {
        if r > 0 {
          z = ComplexValue(copysign(.infinity, cos(phi)), copysign(.infinity, sin(phi)))
        } else {
          z = ComplexValue(-copysign(.infinity, cos(phi)), -copysign(.infinity, sin(phi)))
        }
      } else {
        z = rectSpecial[kind(r)][kind(phi)]
      }
      if r != 0 && !r.isNaN && phi.isInfinite { throw .domain }
      return z
    }
    if phi == 0 { return ComplexValue(r, r * phi) }
    return ComplexValue(r * cos(phi), r * sin(phi))
  }

  /// sqrt's values for non-finite arguments (`U`: not used).
  private static let sqrtSpecial: [[ComplexValue]] = [
    [ComplexValue(.infinity, -.infinity), ComplexValue(0.0, -.infinity), ComplexValue(0.0, -.infinity), ComplexValue(0.0, .infinity), ComplexValue(0.0, .infinity), ComplexValue(.infinity, .infinity), ComplexValue(.nan, .infinity)],
    [ComplexValue(.infinity, -.infinity), U, U, U, U, ComplexValue(.infinity, .infinity), ComplexValue(.nan, .nan)],
    [ComplexValue(.infinity, -.infinity), U, U, U, U, ComplexValue(.infinity, .infinity), ComplexValue(.nan, .nan)],
    [ComplexValue(.infinity, -.infinity), U, U, U, U, ComplexValue(.infinity, .infinity), ComplexValue(.nan, .nan)],
    [ComplexValue(.infinity, -.infinity), U, U, U, U, ComplexValue(.infinity, .infinity), ComplexValue(.nan, .nan)],
    [ComplexValue(.infinity, -.infinity), ComplexValue(.infinity, -0.0), ComplexValue(.infinity, -0.0), ComplexValue(.infinity, 0.0), ComplexValue(.infinity, 0.0), ComplexValue(.infinity, .infinity), ComplexValue(.infinity, .nan)],
    [ComplexValue(.infinity, -.infinity), ComplexValue(.nan, .nan), ComplexValue(.nan, .nan), ComplexValue(.nan, .nan), ComplexValue(.nan, .nan), ComplexValue(.infinity, .infinity), ComplexValue(.nan, .nan)],
  ]
  /// exp's values for non-finite arguments (`U`: not used).
  private static let expSpecial: [[ComplexValue]] = [
    [ComplexValue(0.0, 0.0), ComplexValue(-0.0, -0.0), ComplexValue(0.0, -0.0), ComplexValue(0.0, 0.0), ComplexValue(-0.0, 0.0), ComplexValue(0.0, 0.0), ComplexValue(0.0, 0.0)],
    [U, U, U, U, U, U, ComplexValue(.nan, .nan)],
    [U, U, U, U, U, U, ComplexValue(.nan, .nan)],
    [U, U, U, U, U, U, ComplexValue(.nan, .nan)],
    [U, U, U, U, U, U, ComplexValue(.nan, .nan)],
    [U, ComplexValue(-.infinity, -.infinity), ComplexValue(.infinity, -0.0), ComplexValue(.infinity, 0.0), ComplexValue(-.infinity, .infinity), U, ComplexValue(.infinity, .nan)],
    [ComplexValue(.nan, .nan), ComplexValue(.nan, .nan), ComplexValue(.nan, -0.0), ComplexValue(.nan, 0.0), ComplexValue(.nan, .nan), ComplexValue(.nan, .nan), ComplexValue(.nan, .nan)],
  ]
  /// rect's values for non-finite arguments (`U`: not used).
  private static let rectSpecial: [[ComplexValue]] = [
    [U, ComplexValue(.infinity, .infinity), ComplexValue(-.infinity, 0.0), ComplexValue(-.infinity, -0.0), ComplexValue(.infinity, -.infinity), U, ComplexValue(.infinity, .nan)],
    [U, U, U, U, U, U, ComplexValue(.nan, .nan)],
    [ComplexValue(0.0, 0.0), U, U, U, U, ComplexValue(0.0, 0.0), ComplexValue(0.0, 0.0)],
    [ComplexValue(0.0, 0.0), U, U, U, U, ComplexValue(0.0, 0.0), ComplexValue(0.0, 0.0)],
    [U, U, U, U, U, U, ComplexValue(.nan, .nan)],
    [U, ComplexValue(-.infinity, -.infinity), ComplexValue(.infinity, -0.0), ComplexValue(.infinity, 0.0), ComplexValue(-.infinity, .infinity), U, ComplexValue(.infinity, .nan)],
    [ComplexValue(.nan, .nan), ComplexValue(.nan, .nan), ComplexValue(.nan, 0.0), ComplexValue(.nan, 0.0), ComplexValue(.nan, .nan), ComplexValue(.nan, .nan), ComplexValue(.nan, .nan)],
  ]
  /// log's values for non-finite arguments (`U`: not used).
  private static let logSpecial: [[ComplexValue]] = [
    [ComplexValue(.infinity, -2.356194490192345), ComplexValue(.infinity, -3.141592653589793), ComplexValue(.infinity, -3.141592653589793), ComplexValue(.infinity, 3.141592653589793), ComplexValue(.infinity, 3.141592653589793), ComplexValue(.infinity, 2.356194490192345), ComplexValue(.infinity, .nan)],
    [ComplexValue(.infinity, -1.5707963267948966), U, U, U, U, ComplexValue(.infinity, 1.5707963267948966), ComplexValue(.nan, .nan)],
    [ComplexValue(.infinity, -1.5707963267948966), U, U, U, U, ComplexValue(.infinity, 1.5707963267948966), ComplexValue(.nan, .nan)],
    [ComplexValue(.infinity, -1.5707963267948966), U, U, U, U, ComplexValue(.infinity, 1.5707963267948966), ComplexValue(.nan, .nan)],
    [ComplexValue(.infinity, -1.5707963267948966), U, U, U, U, ComplexValue(.infinity, 1.5707963267948966), ComplexValue(.nan, .nan)],
    [ComplexValue(.infinity, -0.7853981633974483), ComplexValue(.infinity, -0.0), ComplexValue(.infinity, -0.0), ComplexValue(.infinity, 0.0), ComplexValue(.infinity, 0.0), ComplexValue(.infinity, 0.7853981633974483), ComplexValue(.infinity, .nan)],
    [ComplexValue(.infinity, .nan), ComplexValue(.nan, .nan), ComplexValue(.nan, .nan), ComplexValue(.nan, .nan), ComplexValue(.nan, .nan), ComplexValue(.infinity, .nan), ComplexValue(.nan, .nan)],
  ]
  /// A table entry CPython never reads (both arguments finite).
  private static let U = ComplexValue(.nan, .nan)
}
