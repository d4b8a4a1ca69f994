/// `format(v, spec)` for a machine int written straight into UTF-8 bytes,
/// for the specs most programs use (`05d`, `x`, `>8`, `#b`...): a type of
/// b, d, o, x or X, no grouping, no precision, an ASCII fill. Everything
/// else, errors included, is left to `SpecFormatter`, whose layout
/// (Python/formatter_unicode.c) this reproduces for these cases: without
/// grouping, zero padding to the width is the same as `=` alignment with a
/// `0` fill.
enum PlainIntegerFormat {
  /// Appends the text and returns true, or appends nothing and returns false
  /// when `spec` needs the general formatter.
  static func append(_ v: Int, spec: FormatSpec, to out: inout StrBuilder) -> Bool {
    let base: Int
    var upper = false
    switch spec.type {
    case 0x64: base = 10  // d
    case 0x78: base = 16  // x
    case 0x58:  // X
      base = 16
      upper = true
    case 0x6F: base = 8  // o
    case 0x62: base = 2  // b
    default: return false
    }
    guard spec.precision == -1, !spec.noNegativeZero, spec.grouping == .none,
      spec.fill.value < 0x80, spec.width <= maximumWidth
    else { return false }

    var signByte: UInt8 = v < 0 ? UInt8(ascii: "-") : 0
    if v >= 0 && (spec.sign == UInt8(ascii: "+") || spec.sign == UInt8(ascii: " ")) {
      signByte = spec.sign
    }
    var prefix: UInt8 = 0
    if spec.alternate {
      switch base {
      case 2: prefix = UInt8(ascii: "b")
      case 8: prefix = UInt8(ascii: "o")
      case 16: prefix = upper ? UInt8(ascii: "X") : UInt8(ascii: "x")
      default: break
      }
    }
    return IntegerText.withDigits(v.magnitude, base: base, uppercase: upper) { digits -> Bool in
      let width = (signByte == 0 ? 0 : 1) + (prefix == 0 ? 0 : 2) + digits.count
      let (left, middle, right) = spec.numberPadding(spec.width - width)
      let fill = UInt8(spec.fill.value)
      out.appendASCII(fill, count: left)
      if signByte != 0 { out.appendASCII(signByte) }
      if prefix != 0 {
        out.appendASCII(UInt8(ascii: "0"))
        out.appendASCII(prefix)
      }
      out.appendASCII(fill, count: middle)
      out.appendASCII(digits)
      out.appendASCII(fill, count: right)
      return true
    }
  }

  /// Wider fields go to the general formatter, which owns the MemoryError
  /// for absurd widths.
  private static let maximumWidth = 1 << 16
}
