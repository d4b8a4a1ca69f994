// Padding, sign, prefix and digit grouping around a formatted number; mirrors
// Python/formatter_unicode.c calc_number_widths and fill_number, and
// Objects/unicodeobject.c _PyUnicode_InsertThousandsGrouping.

/// Lays a number's text out in a field as `format()` does.
enum NumberLayout {
  /// A number's text split the way `parse_number` splits it.
  struct Parts {
    /// ASCII digits, then maybe `.`, then the remainder (fraction, exponent,
    /// `%`, or for the `c` type the character's UTF-8 bytes).
    var body: [UInt8]
    /// How many leading bytes of `body` are integer digits to group.
    var digitCount: Int
    /// Whether `body[digitCount]` is a decimal point.
    var hasDecimal: Bool
    /// The width in code points of what follows the digits and the point.
    var remainderWidth: Int
  }

  /// Splits a formatted float (without its sign) like parse_number: the
  /// digits before any `.` or exponent, then the rest.
  static func parts(ofFloatText body: [UInt8]) -> Parts {
    var digits = 0
    while digits < body.count && body[digits] >= 48 && body[digits] <= 57 { digits += 1 }
    let hasDecimal = digits < body.count && body[digits] == UInt8(ascii: ".")
    let rest = body.count - digits - (hasDecimal ? 1 : 0)
    return Parts(body: body, digitCount: digits, hasDecimal: hasDecimal, remainderWidth: rest)
  }

  /// The separator byte and group size for a spec's grouping, nil for none.
  static func grouping(_ g: FormatSpec.Grouping) -> (separator: UInt8, size: Int)? {
    switch g {
    case .none: return nil
    case .comma: return (UInt8(ascii: ","), 3)
    case .underscore: return (UInt8(ascii: "_"), 3)
    case .underscoreFour: return (UInt8(ascii: "_"), 4)
    }
  }

  /// Renders `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
  ///
  /// `signChar` is `-` for a negative number, else 0; `spec.sign` may turn a
  /// 0 into `+` or a space. `upper` uppercases prefix and digits (`X`).
  /// - Throws: `MemoryError` for absurd widths.
  static func render(
    _ parts: Parts, negative: Bool, prefix: [UInt8], spec: FormatSpec,
    grouping: (separator: UInt8, size: Int)?, upper: Bool
  ) throws -> String {
    guard spec.width <= FormatError.maxResultLength else { throw FormatError.memoryError }
    var signByte: UInt8 = 0
    switch spec.sign {
    case UInt8(ascii: "+"): signByte = negative ? UInt8(ascii: "-") : UInt8(ascii: "+")
    case UInt8(ascii: " "): signByte = negative ? UInt8(ascii: "-") : UInt8(ascii: " ")
    default: signByte = negative ? UInt8(ascii: "-") : 0
    }
    let signWidth = signByte == 0 ? 0 : 1
    let nonDigit = signWidth + prefix.count + (parts.hasDecimal ? 1 : 0) + parts.remainderWidth
    let minWidth = spec.fill == "0" && spec.align == UInt8(ascii: "=") ? spec.width - nonDigit : 0
    var groupedWidth = 0
    if parts.digitCount > 0 {
      walkGroups(digits: parts.digitCount, minWidth: minWidth, grouping: grouping) {
        groupedWidth += $0 + $1 + ($2 ? 1 : 0)
      }
    }
    let padding = spec.width - (nonDigit + groupedWidth)
    let (left, middle, right) = spec.numberPadding(padding)
    var fillBytes: [UInt8] = []
    if padding > 0 { fillBytes = Array(String(Character(spec.fill)).utf8) }
    var out: [UInt8] = []
    out.reserveCapacity(
      max(0, padding) * fillBytes.count + nonDigit + groupedWidth + parts.body.count)
    appendFill(fillBytes, left, &out)
    if signByte != 0 { out.append(signByte) }
    for byte in prefix { out.append(upper ? uppercase(byte) : byte) }
    appendFill(fillBytes, middle, &out)
    if parts.digitCount > 0 {
      // Written right to left, like CPython; zero padding is pre-filled.
      let start = out.count
      out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: groupedWidth))
      var pos = start + groupedWidth
      var digitPos = parts.digitCount
      let separator = grouping?.separator ?? 0
      let body = parts.body
      out.withUnsafeMutableBufferPointer { buffer in
        walkGroups(digits: parts.digitCount, minWidth: minWidth, grouping: grouping) {
          zeros, chars, useSeparator in
          if useSeparator {
            pos -= 1
            buffer[pos] = separator
          }
          for _ in 0..<chars {
            pos -= 1
            digitPos -= 1
            buffer[pos] = upper ? uppercase(body[digitPos]) : body[digitPos]
          }
          pos -= zeros
        }
      }
    }
    out.append(contentsOf: parts.body[parts.digitCount...])
    appendFill(fillBytes, right, &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Pads `text` (of `length` code points) to `spec.width` for `format(str)`;
  /// mirrors calc_padding.
  static func pad(_ text: Substring, length: Int, spec: FormatSpec) throws -> String {
    guard spec.width <= FormatError.maxResultLength else { throw FormatError.memoryError }
    let total = max(length, spec.width)
    let left: Int
    switch spec.align {
    case UInt8(ascii: ">"): left = total - length
    case UInt8(ascii: "^"): left = (total - length) / 2
    default: left = 0
    }
    let right = total - length - left
    let fill = String(Character(spec.fill))
    var out = ""
    out.reserveCapacity(text.utf8.count + (left + right) * fill.utf8.count)
    for _ in 0..<left { out += fill }
    out += text
    for _ in 0..<right { out += fill }
    return out
  }

  /// Calls `visit(zeros, digits, separator)` for each group that
  /// _PyUnicode_InsertThousandsGrouping writes, rightmost first; a group has
  /// zero padding, digits, and maybe a separator on its right.
  private static func walkGroups(
    digits: Int, minWidth: Int, grouping: (separator: UInt8, size: Int)?,
    _ visit: (Int, Int, Bool) -> Void
  ) {
    var minWidth = max(0, minWidth)
    var remaining = digits
    var useSeparator = false
    if let grouping {
      while true {
        let len = min(grouping.size, max(remaining, minWidth, 1))
        visit(max(0, len - remaining), max(0, min(remaining, len)), useSeparator)
        useSeparator = true
        remaining -= max(0, min(remaining, len))
        minWidth -= len
        if remaining <= 0 && minWidth <= 0 { return }
        minWidth -= 1
      }
    }
    let len = max(remaining, minWidth, 1)
    visit(max(0, len - remaining), max(0, min(remaining, len)), useSeparator)
  }

  private static func appendFill(_ fill: [UInt8], _ count: Int, _ out: inout [UInt8]) {
    guard count > 0 else { return }
    if fill.count == 1 {
      out.append(contentsOf: repeatElement(fill[0], count: count))
    } else {
      for _ in 0..<count { out.append(contentsOf: fill) }
    }
  }

  @inline(__always)
  private static func uppercase(_ byte: UInt8) -> UInt8 {
    byte >= 0x61 && byte <= 0x7A ? byte - 32 : byte
  }
}
