// float.hex, float.fromhex and float.as_integer_ratio: exact conversions
// between a double and its binary digits, after Objects/floatobject.c.

import BigInt

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Exact binary views of a float, as CPython's float methods give them.
enum FloatBits {
  /// `float.hex()`: `0x1.999999999999ap-4`, 13 hex digits after the point
  /// (float_hex; subnormals keep a leading 0 and exponent -1022).
  static func hex(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
    let digits = Array("0123456789abcdef")
    var e: Int32 = 0
    var m = frexp(Swift.abs(x), &e)
    let shift = 1 - max(-1021 - Int(e), 0)
    m = ldexp(m, Int32(shift))
    var exponent = Int(e) - shift
    var s = ""
    s.append(digits[Int(m)])
    m -= Double(Int(m))
    s.append(".")
    for _ in 0..<13 {
      m *= 16
      s.append(digits[Int(m)])
      m -= Double(Int(m))
    }
    var sign = "+"
    if exponent < 0 {
      sign = "-"
      exponent = -exponent
    }
    return (x < 0 ? "-0x" : "0x") + s + "p" + sign + String(exponent)
  }

  /// `float.fromhex(text)`, correctly rounded (ties to even).
  ///
  /// - Throws: `ValueError` "invalid hexadecimal floating-point string",
  ///   `OverflowError` "hexadecimal value too large to represent as a float".
  static func fromHex(_ text: String) throws -> Double {
    let invalid = FormatError.valueError("invalid hexadecimal floating-point string")
    var chars = Array(text.unicodeScalars)
    while let f = chars.first, isSpace(f) { chars.removeFirst() }
    while let l = chars.last, isSpace(l) { chars.removeLast() }
    var i = 0
    var negative = false
    if i < chars.count, chars[i] == "-" || chars[i] == "+" {
      negative = chars[i] == "-"
      i += 1
    }
    let rest = String(String.UnicodeScalarView(chars[i...])).lowercased()
    if rest == "inf" || rest == "infinity" { return negative ? -.infinity : .infinity }
    if rest == "nan" { return .nan }
    if i + 1 < chars.count, chars[i] == "0", chars[i + 1] == "x" || chars[i + 1] == "X" {
      i += 2
    }
    var mantissa = BigUInt(0)
    var digitCount = 0
    var fractionDigits = 0
    var seenPoint = false
    while i < chars.count {
      let c = chars[i]
      if c == "." && !seenPoint {
        seenPoint = true
      } else if let d = hexValue(c) {
        mantissa = mantissa * 16 + BigUInt(d)
        digitCount += 1
        if seenPoint { fractionDigits += 1 }
      } else {
        break
      }
      i += 1
    }
    if digitCount == 0 { throw invalid }
    var exponent = 0
    if i < chars.count, chars[i] == "p" || chars[i] == "P" {
      i += 1
      var expNegative = false
      if i < chars.count, chars[i] == "-" || chars[i] == "+" {
        expNegative = chars[i] == "-"
        i += 1
      }
      var expDigits = 0
      while i < chars.count, let d = decimalValue(chars[i]) {
        if exponent < 1_000_000_000 { exponent = exponent * 10 + d }
        expDigits += 1
        i += 1
      }
      if expDigits == 0 { throw invalid }
      if expNegative { exponent = -exponent }
    }
    if i != chars.count { throw invalid }
    let value = try compose(mantissa, exponent - 4 * fractionDigits)
    return negative ? -value : value
  }

  /// `m * 2**e` correctly rounded to a double.
  private static func compose(_ m: BigUInt, _ e: Int) throws -> Double {
    if m.isZero { return 0 }
    let top = m.bitWidth + e  // m * 2**e lies in [2**(top-1), 2**top)
    if top > 1024 {
      throw FormatError.overflowError("hexadecimal value too large to represent as a float")
    }
    // The weight of the last bit kept: 53 bits, fewer for subnormals.
    let lsb = max(top - 53, -1074)
    var kept = m
    if lsb > e {
      let drop = lsb - e
      if drop > m.bitWidth + 1 { return 0 }
      kept = m >> drop
      let remainder = m - (kept << drop)
      let half = BigUInt(1) << (drop - 1)
      if remainder > half || (remainder == half && kept.words.first.map({ $0 & 1 == 1 }) == true) {
        kept += 1
      }
    } else {
      kept = m << (e - lsb)
    }
    let result = ldexp(Double(UInt64(kept)), Int32(lsb))
    if result.isInfinite {
      throw FormatError.overflowError("hexadecimal value too large to represent as a float")
    }
    return result
  }

  /// `float.as_integer_ratio()`: the exact fraction in lowest terms.
  ///
  /// - Throws: `OverflowError` "cannot convert Infinity to integer ratio",
  ///   `ValueError` "cannot convert NaN to integer ratio".
  static func integerRatio(_ x: Double) throws -> (BigInt, BigInt) {
    if x.isInfinite { throw FormatError.overflowError("cannot convert Infinity to integer ratio") }
    if x.isNaN { throw FormatError.valueError("cannot convert NaN to integer ratio") }
    if x == 0 { return (0, 1) }
    var significand = x.significandBitPattern
    var exponent = Int(x.exponent) - 52
    if x.isNormal {
      significand |= 1 << 52
    } else {
      exponent = -1074
    }
    let zeros = significand.trailingZeroBitCount
    significand >>= UInt64(zeros)
    exponent += zeros
    var numerator = BigInt(significand)
    var denominator = BigInt(1)
    if exponent > 0 {
      numerator <<= exponent
    } else {
      denominator <<= -exponent
    }
    return (x < 0 ? -numerator : numerator, denominator)
  }

  private static func isSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}"
  }

  private static func hexValue(_ c: Unicode.Scalar) -> Int? {
    switch c {
    case "0"..."9": return Int(c.value) - 48
    case "a"..."f": return Int(c.value) - 87
    case "A"..."F": return Int(c.value) - 55
    default: return nil
    }
  }

  private static func decimalValue(_ c: Unicode.Scalar) -> Int? {
    guard c >= "0" && c <= "9" else { return nil }
    return Int(c.value) - 48
  }
}
