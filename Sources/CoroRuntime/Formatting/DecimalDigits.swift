// Decimal digit strings of a double, in the shape David Gay's _Py_dg_dtoa
// hands them to CPython: the digits without leading or trailing zeros, and the
// position of the decimal point.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The decimal digits of a finite double's absolute value, as `_Py_dg_dtoa`
/// returns them: the value is `0.d1d2d3... × 10**decimalPoint`.
///
/// `digits` holds ASCII digits with no leading zero and no trailing zero; zero
/// itself is `"0"` with `decimalPoint` 1 (Gay's code returns that for 0.0 and
/// an empty string with some decimal point for values rounding to zero in
/// mode 3; both lay out identically in `FloatRepr`).
struct DecimalDigits {
  /// ASCII digits `0`...`9`.
  var digits: [UInt8]
  /// dtoa's `decpt`: where the decimal point goes relative to `digits`.
  var decimalPoint: Int

  /// The shortest digit string that reads back as `x` (dtoa mode 0), taken
  /// from Swift's `description`, which promises the same shortest, closest
  /// digits; `x` must be finite.
  static func shortest(_ x: Double) -> DecimalDigits {
    if x == 0 { return zero }
    var text = x.magnitude.description
    return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
  }

  /// `x` correctly rounded to `count` significant digits (dtoa mode 2),
  /// trailing zeros stripped; `x` must be finite and `count` at least 1.
  static func significant(_ x: Double, count: Int) -> DecimalDigits {
    if x == 0 { return zero }
    if x.isNormal {
      var s = shortest(x)
      if s.round(toSignificant: count) { return s }
    }
    return printf(x.magnitude, precision: count - 1, code: "e")
  }

  /// `x` correctly rounded to `count` digits after the decimal point (dtoa
  /// mode 3), leading and trailing zeros stripped; `x` must be finite and
  /// `count` at least 0.
  static func fixed(_ x: Double, count: Int) -> DecimalDigits {
    if x == 0 { return zero }
    if x.isNormal && count <= 400 {
      var s = shortest(x)
      if s.round(toSignificant: s.decimalPoint + count) { return s }
    }
    return printf(x.magnitude, precision: count, code: "f")
  }

  private static let zero = DecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1)

  /// Rounds these shortest digits of a normal double to `n` significant
  /// digits when that provably equals rounding the double's exact value;
  /// false (and unchanged) when only the exact value can tell (then glibc
  /// decides).
  ///
  /// Why it holds: the shortest digits S lie in x's rounding interval, and no
  /// shorter decimal does, nor any as short but closer. A rounding boundary
  /// B (n + 1 digits, ending in 5) strictly between x and S would be such a
  /// decimal, so when S has more than n digits, x and S round alike unless
  /// B == S (S is n + 1 digits ending in 5). When S has at most n digits it
  /// is the nearest n-digit decimal provided n <= 15: that grid is then more
  /// than 4 ulps wide, and S is within half an ulp of x.
  private mutating func round(toSignificant n: Int) -> Bool {
    let k = digits.count
    if k <= n { return n <= 15 }
    if n < 0 {
      self = DecimalDigits.zero
      return true
    }
    let next = digits[n]
    if k == n + 1 && next == UInt8(ascii: "5") { return false }
    if next < UInt8(ascii: "5") {
      var end = n
      while end > 0 && digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
      if end == 0 {
        self = DecimalDigits.zero
      } else {
        digits.removeLast(k - end)
      }
      return true
    }
    // Round up, dropping the nines that carry.
    var end = n
    while end > 0 && digits[end - 1] == UInt8(ascii: "9") { end -= 1 }
    if end == 0 {
      digits.removeAll(keepingCapacity: true)
      digits.append(UInt8(ascii: "1"))
      decimalPoint += 1
    } else {
      digits.removeLast(k - end)
      digits[end - 1] += 1
    }
    return true
  }

  /// Runs glibc's `%.*e` or `%.*f`, which convert the exact binary value
  /// with correct rounding (ties to even), and parses what it wrote.
  private static func printf(_ x: Double, precision: Int, code: String) -> DecimalDigits {
    // %e needs precision + ~8 bytes, %f up to 309 integer digits more.
    let capacity = precision + (code == "f" ? 330 : 16)
    let format = code == "f" ? "%.*f" : "%.*e"
    let prec = Int32(clamping: precision)
    if capacity <= 512 {
      return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 512) { buffer in
        render(x, prec, format, buffer)
      }
    }
    var storage = [CChar](repeating: 0, count: capacity)
    return storage.withUnsafeMutableBufferPointer { render(x, prec, format, $0) }
  }

  private static func render(
    _ x: Double, _ precision: Int32, _ format: String, _ buffer: UnsafeMutableBufferPointer<CChar>
  ) -> DecimalDigits {
    guard let base = buffer.baseAddress else {
      return DecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1)
    }
    let written = withVaList([precision, x]) { args in
      vsnprintf(base, buffer.count, format, args)
    }
    let length = max(0, min(Int(written), buffer.count - 1))
    return parse(UnsafeRawBufferPointer(start: UnsafeRawPointer(base), count: length))
  }

  /// Parses `ddd[.ddd][e±dd]` into digits and decimal point, skipping
  /// leading zeros as it goes and dropping trailing ones in place.
  private static func parse(_ text: UnsafeRawBufferPointer) -> DecimalDigits {
    var digits: [UInt8] = []
    digits.reserveCapacity(text.count)
    var decimalPoint = 0
    var seenPoint = false
    var i = 0
    let n = text.count
    while i < n {
      let byte = text[i]
      if byte >= 48 && byte <= 57 {
        if byte != 48 || !digits.isEmpty {
          digits.append(byte)
          if !seenPoint { decimalPoint += 1 }
        } else if seenPoint {
          decimalPoint -= 1  // a leading zero after the point
        }
      } else if byte == UInt8(ascii: ".") {
        seenPoint = true
      } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
        break
      }
      i += 1
    }
    if i < n {
      // The exponent: e, an optional sign, digits.
      i += 1
      var negative = false
      if i < n && (text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+")) {
        negative = text[i] == UInt8(ascii: "-")
        i += 1
      }
      var exponent = 0
      while i < n {
        exponent = exponent * 10 + Int(text[i] &- 48)
        i += 1
      }
      decimalPoint += negative ? -exponent : exponent
    }
    if digits.isEmpty { return zero }
    var end = digits.count
    while digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
    digits.removeLast(digits.count - end)
    return DecimalDigits(digits: digits, decimalPoint: decimalPoint)
  }
}
