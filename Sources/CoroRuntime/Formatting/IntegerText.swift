// Integers to text: str(int), bin(), oct(), hex(); mirrors Objects/longobject.c
// long_to_decimal_string_internal and long_format_binary.

import BigInt

/// An integer result that is an `Int` when it fits, else a `BigInt`.
enum IntOrBigInt: Equatable {
  case small(Int)
  case big(BigInt)

  /// Wraps `value`, as `.small` when it fits in an `Int`.
  init(_ value: BigInt) {
    if let small = Int(exactly: value) {
      self = .small(small)
    } else {
      self = .big(value)
    }
  }

  /// The value as a `BigInt`.
  var bigInt: BigInt {
    switch self {
    case .small(let v): return BigInt(v)
    case .big(let v): return v
    }
  }
}

/// Writes integers as Python does: `str`, `bin`, `oct`, `hex`.
enum IntegerText {
  /// CPython's default for `sys.get_int_max_str_digits()`.
  static let defaultMaxStrDigits = 4300

  /// `str(v)` for a machine integer.
  static func decimal(_ v: Int) -> String {
    String(v)  // Swift writes machine integers exactly as Python does
  }

  /// `str(v)`; `maxDigits` is `sys.get_int_max_str_digits()` (0: no limit).
  ///
  /// - Throws: `ValueError` "Exceeds the limit (4300 digits) for integer
  ///   string conversion; use sys.set_int_max_str_digits() to increase the
  ///   limit" when `v` has more than `maxDigits` digits.
  static func decimal(_ v: BigInt, maxDigits: Int = defaultMaxStrDigits) throws -> String {
    var out: [UInt8] = []
    if v.sign == .minus && !v.isZero { out.append(UInt8(ascii: "-")) }
    try appendDecimal(v.magnitude, maxDigits: maxDigits, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// `bin(v)`, `oct(v)` or `hex(v)` (base 2, 8 or 16): `-0xff`, `0b0`.
  static func prefixed(_ v: Int, base: Int) -> String {
    var out: [UInt8] = []
    if v < 0 { out.append(UInt8(ascii: "-")) }
    appendPrefix(base: base, to: &out)
    appendDigits(v.magnitude, base: base, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// `bin(v)`, `oct(v)` or `hex(v)` (base 2, 8 or 16) for a big integer.
  static func prefixed(_ v: BigInt, base: Int) -> String {
    var out: [UInt8] = []
    if v.sign == .minus && !v.isZero { out.append(UInt8(ascii: "-")) }
    appendPrefix(base: base, to: &out)
    appendPowerOfTwoDigits(v.magnitude, base: base, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The ValueError `str(int)` raises past the digit limit.
  static func toStringLimitError(_ maxDigits: Int) -> FormatError {
    .valueError(
      "Exceeds the limit (\(maxDigits) digits) for integer string conversion; "
        + "use sys.set_int_max_str_digits() to increase the limit")
  }

  private static func appendPrefix(base: Int, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "0"))
    switch base {
    case 2: out.append(UInt8(ascii: "b"))
    case 8: out.append(UInt8(ascii: "o"))
    default: out.append(UInt8(ascii: "x"))
    }
  }

  /// Appends the digits of `v` in `base` (2...36, lowercase letters).
  static func appendDigits(_ v: UInt, base: Int, to out: inout [UInt8]) {
    withDigits(v, base: base) { out.append(contentsOf: $0) }
  }

  /// Runs `body` over the digits of `v` in `base` (2...36), written into a
  /// buffer on the stack; `uppercase` for letters A-Z. Bases 10 and powers
  /// of two divide by constants and shifts, not by a hardware division.
  @inline(__always)
  static func withDigits<R>(
    _ v: UInt, base: Int, uppercase: Bool = false, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    // 64 binary digits at most.
    var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
      (0, 0, 0, 0, 0, 0, 0, 0)
    return withUnsafeMutableBytes(of: &buffer) { raw -> R in
      let end = raw.count
      var pos = end
      var rest = v
      let letterBase: UInt8 = uppercase ? UInt8(ascii: "A") - 10 : UInt8(ascii: "a") - 10
      @inline(__always) func put(_ digit: UInt) {
        let d = UInt8(truncatingIfNeeded: digit)
        pos -= 1
        raw[pos] = d < 10 ? UInt8(ascii: "0") &+ d : letterBase &+ d
      }
      switch base {
      case 10:
        repeat {
          pos -= 1
          raw[pos] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
          rest /= 10
        } while rest > 0
      case 2, 4, 8, 16, 32:
        let shift = UInt(base.trailingZeroBitCount)
        let mask = UInt(base - 1)
        repeat {
          put(rest & mask)
          rest >>= shift
        } while rest > 0
      default:
        let b = UInt(base)
        repeat {
          put(rest % b)
          rest /= b
        } while rest > 0
      }
      let start = raw.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) + pos }
      return body(UnsafeBufferPointer(start: start, count: end - pos))
    }
  }

  /// Appends the digits of `v` in base 2, 8, 16 (or 4, 32) by reading bits.
  static func appendPowerOfTwoDigits(_ v: BigUInt, base: Int, to out: inout [UInt8]) {
    if v.isZero {
      out.append(UInt8(ascii: "0"))
      return
    }
    let bitsPerDigit = base.trailingZeroBitCount
    let words = v.words
    let count = (v.bitWidth + bitsPerDigit - 1) / bitsPerDigit
    out.reserveCapacity(out.count + count)
    let mask = UInt(base - 1)
    for index in stride(from: count - 1, through: 0, by: -1) {
      let bit = index * bitsPerDigit
      let word = bit / UInt.bitWidth
      let shift = bit % UInt.bitWidth
      var value = words[word] >> UInt(shift)
      if shift + bitsPerDigit > UInt.bitWidth && word + 1 < words.count {
        value |= words[word + 1] << UInt(UInt.bitWidth - shift)
      }
      out.append(digitChars[Int(value & mask)])
    }
  }

  /// Appends the decimal digits of `v`, enforcing the `maxDigits` limit.
  static func appendDecimal(_ v: BigUInt, maxDigits: Int, to out: inout [UInt8]) throws {
    if v.words.count <= 1 {
      appendDigits(v.isZero ? 0 : v.words[0], base: 10, to: &out)
      return
    }
    // Fail early for huge values: bitWidth bits mean at least
    // (bitWidth - 1) * log10(2) + 1 digits.
    if maxDigits > 0 && Double(v.bitWidth - 1) * 0.30102999566398 > Double(maxDigits) + 1 {
      throw toStringLimitError(maxDigits)
    }
    // Repeatedly divide by 10**19, collecting base-10**19 chunks, least
    // significant first; quadratic like CPython's, with a multiply-based
    // division by the invariant divisor instead of a hardware divide.
    var words = Array(v.words)
    var chunks: [UInt64] = []
    chunks.reserveCapacity(words.count * 64 / 63 + 1)
    while !words.isEmpty {
      var remainder: UInt64 = 0
      var i = words.count - 1
      while i >= 0 {
        let (q, r) = divideByChunk(high: remainder, low: UInt64(words[i]))
        words[i] = UInt(q)
        remainder = r
        i -= 1
      }
      chunks.append(remainder)
      while let last = words.last, last == 0 { words.removeLast() }
    }
    guard let top = chunks.last else { return }
    var topDigits = 1
    var t = top / 10
    while t > 0 {
      topDigits += 1
      t /= 10
    }
    let total = topDigits + (chunks.count - 1) * 19
    if maxDigits > 0 && total > maxDigits { throw toStringLimitError(maxDigits) }
    appendDigits(UInt(top), base: 10, to: &out)
    let start = out.count
    out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: (chunks.count - 1) * 19))
    out.withUnsafeMutableBufferPointer { buffer in
      var pos = start
      for index in stride(from: chunks.count - 2, through: 0, by: -1) {
        var chunk = chunks[index]
        var p = pos + 18
        while chunk > 0 {
          buffer[p] = UInt8(48 + chunk % 10)
          chunk /= 10
          p -= 1
        }
        pos += 19
      }
    }
  }

  /// 10**19, the largest power of ten below 2**64; its top bit is set, so
  /// it is already normalized for `divideByChunk`.
  private static let chunkBase: UInt64 = 10_000_000_000_000_000_000
  /// floor((2**128 - 1) / chunkBase) - 2**64.
  private static let chunkReciprocal: UInt64 = {
    chunkBase.dividingFullWidth((UInt64.max - chunkBase, UInt64.max)).quotient
  }()

  /// (high * 2**64 + low) divided by 10**19, with high < 10**19; Möller and
  /// Granlund's 2-by-1 division by an invariant integer.
  @inline(__always)
  private static func divideByChunk(high: UInt64, low: UInt64) -> (UInt64, UInt64) {
    let d = chunkBase
    let product = chunkReciprocal.multipliedFullWidth(by: high)
    let (q0, carry) = product.low.addingReportingOverflow(low)
    var q1 = product.high &+ high &+ (carry ? 1 : 0) &+ 1
    var r = low &- q1 &* d
    if r > q0 {
      q1 = q1 &- 1
      r = r &+ d
    }
    if r >= d {
      q1 = q1 &+ 1
      r = r &- d
    }
    return (q1, r)
  }

  static let digitChars: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
}
