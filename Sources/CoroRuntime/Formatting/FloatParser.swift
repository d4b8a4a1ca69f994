// float(str); mirrors Objects/floatobject.c PyFloat_FromString,
// Python/pystrtod.c _Py_string_to_number_with_underscores and
// _PyOS_ascii_strtod.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses Python float literals the way `float(text)` does.
enum FloatParser {
  /// `float(text)`: surrounding whitespace, a sign, `inf`/`infinity`/`nan` in
  /// any case, digits with single underscores between them, an optional
  /// fraction and exponent; correctly rounded, overflowing to ±inf.
  ///
  /// - Throws: `ValueError` "could not convert string to float: 'abc'".
  static func parse(_ text: String) throws -> Double {
    let bytes = IntegerParser.asciiTransformed(text)
    guard let value = parseASCII(bytes) else {
      throw FormatError.valueError(
        "could not convert string to float: \(StringRepr.repr(text))")
    }
    return value
  }

  /// The float an ASCII text denotes, or nil if `float()` rejects it.
  static func parseASCII(_ bytes: [UInt8]) -> Double? {
    var start = 0
    var end = bytes.count
    while start < end && IntegerParser.isASCIISpace(bytes[start]) { start += 1 }
    if start == end { return nil }
    while end - 1 > start && IntegerParser.isASCIISpace(bytes[end - 1]) { end -= 1 }
    // Collect the body without underscores, checking that each underscore
    // sits between two digits; a NUL anywhere is an error. (CPython checks
    // underscores before trimming whitespace; a space is no digit, so the
    // verdicts agree.)
    var body: [UInt8] = []
    body.reserveCapacity(end - start + 1)
    var previous: UInt8 = 0
    for c in bytes[start..<end] {
      if c == 0 { return nil }
      if c == UInt8(ascii: "_") {
        if !isDigit(previous) { return nil }
      } else {
        if previous == UInt8(ascii: "_") && !isDigit(c) { return nil }
        body.append(c)
      }
      previous = c
    }
    if previous == UInt8(ascii: "_") { return nil }
    return parseBody(body)
  }

  @inline(__always)
  private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// `[sign] (inf | infinity | nan | digits[.digits][e[sign]digits])`.
  private static func parseBody(_ body: [UInt8]) -> Double? {
    var s = body
    var i = 0
    var negative = false
    if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
      negative = s[i] == UInt8(ascii: "-")
      i += 1
    }
    if i < s.count && (s[i] | 0x20 == UInt8(ascii: "i") || s[i] | 0x20 == UInt8(ascii: "n")) {
      // Case-insensitive inf, infinity or nan, and nothing else.
      let word = s[i...].map { $0 | 0x20 }
      if word.elementsEqual("inf".utf8) || word.elementsEqual("infinity".utf8) {
        return negative ? -Double.infinity : Double.infinity
      }
      if word.elementsEqual("nan".utf8) {
        return negative ? -Double.nan : Double.nan
      }
      return nil
    }
    var intDigits = 0
    while i < s.count && isDigit(s[i]) {
      i += 1
      intDigits += 1
    }
    var fracDigits = 0
    if i < s.count && s[i] == UInt8(ascii: ".") {
      i += 1
      while i < s.count && isDigit(s[i]) {
        i += 1
        fracDigits += 1
      }
    }
    if intDigits + fracDigits == 0 { return nil }
    if i < s.count && (s[i] | 0x20) == UInt8(ascii: "e") {
      i += 1
      if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
      var expDigits = 0
      while i < s.count && isDigit(s[i]) {
        i += 1
        expDigits += 1
      }
      if expDigits == 0 { return nil }
    }
    if i != s.count { return nil }
    // Plain decimal syntax now, which glibc's strtod rounds correctly.
    s.append(0)
    return s.withUnsafeBufferPointer { buffer -> Double in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { strtod($0, nil) }
      } ?? 0
    }
  }
}
