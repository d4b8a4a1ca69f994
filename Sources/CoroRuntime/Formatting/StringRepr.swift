// Python's repr() of a str, needed here for error messages such as
// "invalid literal for int() with base 10: 'abc'".

/// Builds `repr(s)` for a Python `str`; mirrors Objects/unicodeobject.c
/// unicode_repr.
enum StringRepr {
  /// `repr(s)`: quoted with `'` unless `s` contains `'` and no `"`, with
  /// `\\`, `\t`, `\n`, `\r`, `\xhh`, `\uhhhh`, `\Uhhhhhhhh` escapes for the
  /// quote, the backslash and every character Python deems unprintable.
  static func repr(_ s: String) -> String {
    repr(s, maxLength: Int.max)
  }

  /// `repr(s)` cut to at most `maxLength` characters, like CPython's `%.200R`
  /// in `PyUnicode_FromFormat` (the cut may fall inside an escape sequence or
  /// drop the closing quote, as CPython's does).
  static func repr(_ s: String, maxLength: Int) -> String {
    var hasSingle = false
    var hasDouble = false
    for byte in s.utf8 {
      if byte == UInt8(ascii: "'") { hasSingle = true }
      if byte == UInt8(ascii: "\"") { hasDouble = true }
    }
    let quote: UInt8 = hasSingle && !hasDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 2)
    var length = 0
    // Appends one output character (ASCII) unless the limit is reached.
    func put(_ byte: UInt8) -> Bool {
      guard length < maxLength else { return false }
      out.append(byte)
      length += 1
      return true
    }
    func putHex(_ value: UInt32, digits: Int) -> Bool {
      var shift = (digits - 1) * 4
      while shift >= 0 {
        if !put(hexDigits[Int((value >> UInt32(shift)) & 0xF)]) { return false }
        shift -= 4
      }
      return true
    }
    _ = put(quote)
    for scalar in s.unicodeScalars {
      let ch = scalar.value
      var ok = true
      if ch == UInt32(quote) || ch == 0x5C {
        ok = put(0x5C) && put(UInt8(ch))
      } else if ch == 0x09 {
        ok = put(0x5C) && put(UInt8(ascii: "t"))
      } else if ch == 0x0A {
        ok = put(0x5C) && put(UInt8(ascii: "n"))
      } else if ch == 0x0D {
        ok = put(0x5C) && put(UInt8(ascii: "r"))
      } else if ch < 0x20 || ch == 0x7F {
        ok = put(0x5C) && put(UInt8(ascii: "x")) && putHex(ch, digits: 2)
      } else if ch < 0x7F {
        ok = put(UInt8(ch))
      } else if isPrintable(scalar) {
        guard length < maxLength else { break }
        out.append(contentsOf: String(scalar).utf8)
        length += 1
      } else if ch <= 0xFF {
        ok = put(0x5C) && put(UInt8(ascii: "x")) && putHex(ch, digits: 2)
      } else if ch <= 0xFFFF {
        ok = put(0x5C) && put(UInt8(ascii: "u")) && putHex(ch, digits: 4)
      } else {
        ok = put(0x5C) && put(UInt8(ascii: "U")) && putHex(ch, digits: 8)
      }
      if !ok { break }
    }
    _ = put(quote)
    return String(decoding: out, as: UTF8.self)
  }

  /// Python's `str.isprintable()` for one character: everything except the
  /// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, the space excepted;
  /// mirrors Objects/unicodectype.c _PyUnicode_IsPrintable.
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value == 0x20 { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
      .lineSeparator, .paragraphSeparator, .spaceSeparator:
      return false
    default:
      return true
    }
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
