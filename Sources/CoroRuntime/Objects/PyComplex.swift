// complex: a pair of doubles, with CPython's arithmetic, repr and hash.
// Mirrors Objects/complexobject.c (_Py_c_sum, _Py_c_prod, _Py_c_quot,
// _Py_c_pow, c_powi, complex_repr, complex_hash, complex_abs) so that every
// result, including signed zeros, infinities and NaNs, prints as CPython
// prints it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `complex`: immutable, so instances are shared freely (constants too).
final class PyComplex: PyObject {
  let real: Double
  let imag: Double

  init(_ real: Double, _ imag: Double) {
    self.real = real
    self.imag = imag
  }

  /// Set for instances of a user subclass (`class Z(complex)`).
  var subclass: SubclassState?

  override var type: PyType { subclass?.type ?? BuiltinTypes.complex }
  override var instanceDict: PyDict? { subclass?.dict }
  override var subclassState: SubclassState? { subclass }

  var value: ComplexValue { ComplexValue(real, imag) }
}

/// A complex number as plain data, for the arithmetic below.
struct ComplexValue: Equatable {
  var real: Double
  var imag: Double

  init(_ real: Double, _ imag: Double) {
    self.real = real
    self.imag = imag
  }

  static func == (a: ComplexValue, b: ComplexValue) -> Bool {
    a.real == b.real && a.imag == b.imag
  }
}

/// Complex arithmetic exactly as CPython computes it (no fused operations,
/// the same order of evaluation), so results agree to the last bit.
enum ComplexMath {
  /// Why a power or quotient has no value: CPython's `errno` after the
  /// operation (EDOM becomes ZeroDivisionError, ERANGE OverflowError).
  enum Failure: Error {
    case zeroDivision
    case overflow
  }

  static func sum(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue {
    ComplexValue(a.real + b.real, a.imag + b.imag)
  }

  static func difference(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue {
    ComplexValue(a.real - b.real, a.imag - b.imag)
  }

  static func product(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue {
    ComplexValue(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real)
  }

  /// `_Py_c_quot`: Smith's algorithm, dividing by the larger part of `b`.
  static func quotient(_ a: ComplexValue, _ b: ComplexValue) throws(Failure) -> ComplexValue {
    let absReal = b.real < 0 ? -b.real : b.real
    let absImag = b.imag < 0 ? -b.imag : b.imag
    if absReal >= absImag {
      if absReal == 0 { throw .zeroDivision }
      let ratio = b.imag / b.real
      let denom = b.real + b.imag * ratio
      return ComplexValue((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom)
    }
    if absImag >= absReal {
      let ratio = b.real / b.imag
      let denom = b.real * ratio + b.imag
      return ComplexValue((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom)
    }
    // At least one part of b is a NaN.
    return ComplexValue(.nan, .nan)
  }

  /// `complex_pow`: repeated squaring for small integral exponents
  /// (`c_powi`), else the polar formula (`_Py_c_pow`); an infinite part in
  /// the result is an OverflowError, as `_Py_ADJUST_ERANGE2` decides.
  static func power(_ a: ComplexValue, _ b: ComplexValue) throws(Failure) -> ComplexValue {
    var result: ComplexValue
    if b.imag == 0 && b.real == b.real.rounded(.down) && Swift.abs(b.real) <= 100 {
      result = try integerPower(a, Int(b.real))
    } else {
      result = try generalPower(a, b)
    }
    if result.real.isInfinite || result.imag.isInfinite { throw .overflow }
    return result
  }

  private static func integerPower(_ x: ComplexValue, _ n: Int) throws(Failure) -> ComplexValue {
    if n >= 0 { return unsignedPower(x, n) }
    return try quotient(ComplexValue(1, 0), unsignedPower(x, -n))
  }

  /// `c_powu`: binary exponentiation, multiplying from the low bits up.
  private static func unsignedPower(_ x: ComplexValue, _ n: Int) -> ComplexValue {
    var r = ComplexValue(1, 0)
    var p = x
    var mask = 1
    while mask > 0 && n >= mask {
      if n & mask != 0 { r = product(r, p) }
      mask <<= 1
      p = product(p, p)
    }
    return r
  }

  private static func generalPower(_ a: ComplexValue, _ b: ComplexValue) throws(Failure) -> ComplexValue {
    if b.real == 0 && b.imag == 0 { return ComplexValue(1, 0) }
    if a.real == 0 && a.imag == 0 {
      if b.imag != 0 || b.real < 0 { throw .zeroDivision }
      return ComplexValue(0, 0)
    }
    let vabs = hypot(a.real, a.imag)
    var len = pow(vabs, b.real)
    let at = atan2(a.imag, a.real)
    var phase = at * b.real
    if b.imag != 0 {
      len /= exp(at * b.imag)
      phase += b.imag * log(vabs)
    }
    return ComplexValue(len * cos(phase), len * sin(phase))
  }

  /// `abs(z)` (`_Py_c_abs`): an infinite part gives inf even beside a NaN;
  /// nil when finite parts overflow (OverflowError "absolute value too
  /// large").
  static func magnitude(_ z: ComplexValue) -> Double? {
    if z.real.isInfinite || z.imag.isInfinite { return .infinity }
    if z.real.isNaN || z.imag.isNaN { return .nan }
    let r = hypot(z.real, z.imag)
    return r.isFinite ? r : nil
  }

  // MARK: - repr and hash

  /// `repr(z)` and `str(z)` (`complex_repr`): the parts in repr style
  /// without `.0`; a real part of +0.0 is left out along with the parens.
  static func repr(_ z: ComplexValue) -> String {
    if z.real == 0 && z.real.sign == .plus {
      return part(z.imag, sign: false) + "j"
    }
    return "(" + part(z.real, sign: false) + part(z.imag, sign: true) + "j)"
  }

  /// `PyOS_double_to_string(x, 'r', 0, sign ? Py_DTSF_SIGN : 0)`.
  private static func part(_ x: Double, sign: Bool) -> String {
    FloatRepr.string(x, code: .r, precision: 0, options: sign ? .sign : [])
  }

  /// `hash(z)` (`complex_hash`): hash(real) + 1000003 * hash(imag) in
  /// unsigned arithmetic, so a complex with no imaginary part hashes as
  /// its real part. `identity` stands for the object in the hash of a NaN.
  static func hash(_ z: ComplexValue, identity: UInt) -> Int {
    let real = UInt(bitPattern: NumericHash.hash(z.real, nanIdentity: identity))
    let imag = UInt(bitPattern: NumericHash.hash(z.imag, nanIdentity: identity))
    let combined = Int(bitPattern: real &+ 1_000_003 &* imag)
    return combined == -1 ? -2 : combined
  }
}
