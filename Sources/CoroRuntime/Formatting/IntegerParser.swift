// int(str, base); mirrors Objects/longobject.c PyLong_FromUnicodeObject and
// PyLong_FromString.

import BigInt

/// Parses Python int literals the way `int(text, base)` does.
enum IntegerParser {
  /// `int(text, base)`: surrounding whitespace, a sign, underscores between
  /// digits, `0x`/`0o`/`0b` prefixes for their base or base 0, Unicode
  /// decimal digits; an `Int` when the value fits.
  ///
  /// `maxStrDigits` is `sys.get_int_max_str_digits()` (0: no limit); it
  /// bounds the digit count for bases that are not powers of two.
  /// - Throws: `ValueError` "invalid literal for int() with base 10: 'abc'",
  ///   "int() base must be >= 2 and <= 36, or 0", or the digit-limit error.
  static func parse(
    _ text: String, base: Int = 10, maxStrDigits: Int = IntegerText.defaultMaxStrDigits
  ) throws -> IntOrBigInt {
    if (base != 0 && base < 2) || base > 36 {
      throw FormatError.valueError("int() base must be >= 2 and <= 36, or 0")
    }
    if let value = parsePlainDigits(text, base: base) { return .small(value) }
    var bytes = asciiTransformed(text)
    bytes.append(0)  // the C string's terminator; an embedded NUL ends it early
    let result = bytes.withUnsafeBufferPointer { buffer in
      parseASCII(buffer, base: base, maxStrDigits: maxStrDigits)
    }
    switch result {
    case .value(let value): return value
    case .error(let error): throw error
    case .invalid: throw invalidLiteral(text, base: base)
    }
  }

  /// The common case without the general parser's copying: a short string
  /// of nothing but digits of `base` (no sign, spaces, underscores or
  /// prefix), short enough that it cannot overflow. Nil means "use the
  /// general parser", never "invalid".
  @inline(__always)
  static func parsePlainDigits(_ text: String, base: Int) -> Int? {
    if let value = text.utf8.withContiguousStorageIfAvailable({ parsePlainDigits($0, base: base) }) {
      return value
    }
    return parsePlainDigits(Array(text.utf8), base: base)
  }

  /// `parsePlainDigits` over UTF-8 bytes (`int(s)` reads a str's bytes in
  /// place); `base` must be 2...36 or the answer is nil.
  @inline(__always)
  static func parsePlainDigits<Bytes: Collection<UInt8>>(_ utf8: Bytes, base: Int) -> Int? {
    guard base >= 2 && base <= 36 else { return nil }
    let count = utf8.count
    // 36^12 and 10^18 are below Int.max.
    guard count > 0, count <= (base <= 10 ? 18 : 12) else { return nil }
    var value = 0
    for byte in utf8 {
      let digit: Int
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte &- UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte &- UInt8(ascii: "a")) &+ 10
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte &- UInt8(ascii: "A")) &+ 10
      default: return nil
      }
      guard digit < base else { return nil }
      value = value &* base &+ digit
    }
    return value
  }

  /// "invalid literal for int() with base 10: 'abc'" (the repr cut at 200
  /// characters, like `%.200R`).
  static func invalidLiteral(_ text: String, base: Int) -> FormatError {
    .valueError(
      "invalid literal for int() with base \(base): \(StringRepr.repr(text, maxLength: 200))")
  }

  /// The text as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII leaves
  /// it: non-ASCII whitespace becomes a space, non-ASCII decimal digits their
  /// ASCII digit, any other non-ASCII character `?`.
  static func asciiTransformed(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      out.append(contentsOf: text.utf8)
      return out
    }
    for scalar in text.unicodeScalars {
      let c = scalar.value
      if c < 0x80 {
        out.append(UInt8(c))
      } else if isUnicodeSpace(c) {
        out.append(UInt8(ascii: " "))
      } else if let digit = FormatSpec.decimalValue(c) {
        out.append(UInt8(48 + digit))
      } else {
        out.append(UInt8(ascii: "?"))
      }
    }
    return out
  }

  /// Python's `str.isspace()` for characters at or above U+0080.
  static func isUnicodeSpace(_ c: UInt32) -> Bool {
    switch c {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// C's isspace in the C locale (Py_ISSPACE).
  @inline(__always)
  static func isASCIISpace(_ c: UInt8) -> Bool {
    c == 0x20 || (c >= 0x09 && c <= 0x0D)
  }

  /// The value of an ASCII digit or letter as a digit (36 for others).
  @inline(__always)
  static func digitValue(_ c: UInt8) -> Int {
    switch c {
    case 0x30...0x39: return Int(c - 0x30)
    case 0x41...0x5A: return Int(c - 0x41 + 10)
    case 0x61...0x7A: return Int(c - 0x61 + 10)
    default: return 37
    }
  }

  private enum Outcome {
    case value(IntOrBigInt)
    /// "invalid literal for int()...", worded by the caller.
    case invalid
    case error(FormatError)
  }

  /// PyLong_FromString on a NUL-terminated buffer.
  private static func parseASCII(
    _ s: UnsafeBufferPointer<UInt8>, base: Int, maxStrDigits: Int
  ) -> Outcome {
    var p = 0
    while s[p] != 0 && isASCIISpace(s[p]) { p += 1 }
    var negative = false
    if s[p] == UInt8(ascii: "+") {
      p += 1
    } else if s[p] == UInt8(ascii: "-") {
      p += 1
      negative = true
    }
    var base = base
    var errorIfNonzero = false
    let c1 = s[p] == 0 ? 0 : s[p + 1] | 0x20  // lowercased second character
    if base == 0 {
      if s[p] != UInt8(ascii: "0") {
        base = 10
      } else if c1 == UInt8(ascii: "x") {
        base = 16
      } else if c1 == UInt8(ascii: "o") {
        base = 8
      } else if c1 == UInt8(ascii: "b") {
        base = 2
      } else {
        // An old C-style octal literal: only zero is allowed.
        errorIfNonzero = true
        base = 10
      }
    }
    if s[p] == UInt8(ascii: "0")
      && ((base == 16 && c1 == UInt8(ascii: "x")) || (base == 8 && c1 == UInt8(ascii: "o"))
        || (base == 2 && c1 == UInt8(ascii: "b")))
    {
      p += 2
      if s[p] == UInt8(ascii: "_") { p += 1 }  // one underscore may follow
    }
    if s[p] == UInt8(ascii: "_") { return .invalid }
    let start = p
    var digits = 0
    var previous: UInt8 = 0
    while digitValue(s[p]) < base || s[p] == UInt8(ascii: "_") {
      if s[p] == UInt8(ascii: "_") {
        if previous == UInt8(ascii: "_") { return .invalid }
      } else {
        digits += 1
      }
      previous = s[p]
      p += 1
    }
    if previous == UInt8(ascii: "_") { return .invalid }
    if base & (base - 1) != 0 && maxStrDigits > 0 && digits > maxStrDigits {
      return .error(
        .valueError(
          "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: "
            + "value has \(digits) digits; use sys.set_int_max_str_digits() to increase "
            + "the limit"))
    }
    let end = p
    if end == start { return .invalid }
    while s[p] != 0 && isASCIISpace(s[p]) { p += 1 }
    if p != s.count - 1 { return .invalid }
    if digits <= 18 && base <= 10 || digits <= 12 {
      // Fits in a UInt64 (36**12 < 2**63): no big arithmetic needed.
      var value: UInt64 = 0
      for c in s[start..<end] where c != UInt8(ascii: "_") {
        value = value * UInt64(base) + UInt64(digitValue(c))
      }
      if errorIfNonzero && value != 0 { return .invalid }
      return .value(.small(negative ? -Int(value) : Int(value)))
    }
    let magnitude = accumulate(UnsafeBufferPointer(rebasing: s[start..<end]), base: base)
    if errorIfNonzero && !magnitude.isZero { return .invalid }
    return .value(
      IntOrBigInt(BigInt(sign: negative ? .minus : .plus, magnitude: magnitude)))
  }

  /// The value of validated digits (with single underscores) in `base`.
  private static func accumulate(_ s: UnsafeBufferPointer<UInt8>, base: Int) -> BigUInt {
    // Digits per chunk so that base**chunk fits in a UInt64.
    var chunkDigits = 0
    var chunkScale: UInt64 = 1
    while chunkScale <= UInt64.max / UInt64(base) {
      chunkScale *= UInt64(base)
      chunkDigits += 1
    }
    // Little-endian words, multiplied and added in place chunk by chunk.
    var words: [UInt] = []
    words.reserveCapacity(s.count / 19 + 2)
    func multiplyAdd(_ scale: UInt64, _ addend: UInt64) {
      var carry = UInt(addend)
      for i in words.indices {
        let (high, low) = words[i].multipliedFullWidth(by: UInt(scale))
        let (sum, overflow) = low.addingReportingOverflow(carry)
        words[i] = sum
        carry = high &+ (overflow ? 1 : 0)
      }
      if carry != 0 { words.append(carry) }
    }
    var chunk: UInt64 = 0
    var scale: UInt64 = 1
    var inChunk = 0
    for c in s where c != UInt8(ascii: "_") {
      chunk = chunk &* UInt64(base) &+ UInt64(digitValue(c))
      scale = scale &* UInt64(base)
      inChunk += 1
      if inChunk == chunkDigits {
        multiplyAdd(scale, chunk)
        chunk = 0
        scale = 1
        inChunk = 0
      }
    }
    if inChunk > 0 { multiplyAdd(scale, chunk) }
    return BigUInt(words: words)
  }
}
