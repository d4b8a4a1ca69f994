// Escape decoding for string and bytes literals, with CPython's messages.

/// Decodes the escapes of string and bytes literals as CPython 3.11 does,
/// with its error messages.
enum StringDecoder {
  /// A decoding failure, worded as CPython's SyntaxError message.
  struct Failure: Error {
    var message: String
  }

  /// The value of a `str` literal body (or an f-string's literal piece).
  static func decodeString(
    _ body: ArraySlice<Unicode.Scalar>, isRaw: Bool
  ) throws(Failure) -> String {
    if isRaw || !body.contains("\\") { return makeString(body) }
    var result = String.UnicodeScalarView()
    let scalars = Array(body)
    var index = 0
    // CPython decodes after writing each non-ASCII character as a 10-byte
    // `\UXXXXXXXX` escape; its error positions count in that text.
    var offset = 0
    func width(_ scalar: Unicode.Scalar) -> Int { scalar.isASCII ? 1 : 10 }
    while index < scalars.count {
      let c = scalars[index]
      guard c == "\\" else {
        result.append(c)
        offset += width(c)
        index += 1
        continue
      }
      let escapeStart = offset
      guard index + 1 < scalars.count, scalars[index + 1].isASCII else {
        // A backslash before a non-ASCII character stays a backslash.
        result.append("\\")
        offset += 6
        index += 1
        continue
      }
      let e = scalars[index + 1]
      index += 2
      offset += 2
      switch e {
      case "\n": break
      case "\\": result.append("\\")
      case "'": result.append("'")
      case "\"": result.append("\"")
      case "a": result.append("\u{07}")
      case "b": result.append("\u{08}")
      case "f": result.append("\u{0C}")
      case "n": result.append("\n")
      case "r": result.append("\r")
      case "t": result.append("\t")
      case "v": result.append("\u{0B}")
      case "0"..."7":
        var value = e.value - 48
        var count = 1
        while count < 3 && index < scalars.count, case let d = scalars[index],
          d.value >= 48 && d.value <= 55
        {
          value = value * 8 + (d.value - 48)
          index += 1
          offset += 1
          count += 1
        }
        result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      case "x", "u", "U":
        let digits = e == "x" ? 2 : e == "u" ? 4 : 8
        let name = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
        var value: UInt32 = 0
        for _ in 0..<digits {
          guard index < scalars.count, let digit = hexValue(scalars[index]) else {
            throw unicodeError(escapeStart, offset, "truncated \(name) escape")
          }
          value = value &* 16 &+ digit
          index += 1
          offset += 1
        }
        if value > 0x10FFFF {
          throw unicodeError(escapeStart, offset, "illegal Unicode character")
        }
        // Swift strings cannot hold lone surrogates.
        result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      case "N":
        guard index < scalars.count, scalars[index] == "{" else {
          throw unicodeError(escapeStart, offset, "malformed \\N character escape")
        }
        index += 1
        offset += 1
        let nameStart = index
        while index < scalars.count && scalars[index] != "}" {
          offset += width(scalars[index])
          index += 1
        }
        guard index < scalars.count, index > nameStart else {
          throw unicodeError(escapeStart, offset, "malformed \\N character escape")
        }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<index]))
        index += 1
        offset += 1
        guard let scalar = UnicodeNames.scalar(named: name) else {
          throw unicodeError(escapeStart, offset, "unknown Unicode character name")
        }
        result.append(scalar)
      default:
        // Invalid escapes stay as written (with a warning in CPython).
        result.append("\\")
        result.append(e)
      }
    }
    return String(result)
  }

  /// The value of a bytes literal body; non-ASCII characters must have been
  /// rejected already.
  static func decodeBytes(
    _ body: ArraySlice<Unicode.Scalar>, isRaw: Bool
  ) throws(Failure) -> [UInt8] {
    let scalars = Array(body)
    var result: [UInt8] = []
    result.reserveCapacity(scalars.count)
    var index = 0
    while index < scalars.count {
      let c = scalars[index]
      guard c == "\\" && !isRaw && index + 1 < scalars.count else {
        result.append(UInt8(truncatingIfNeeded: c.value))
        index += 1
        continue
      }
      let escapeStart = index
      let e = scalars[index + 1]
      index += 2
      switch e {
      case "\n": break
      case "\\": result.append(0x5C)
      case "'": result.append(0x27)
      case "\"": result.append(0x22)
      case "a": result.append(0x07)
      case "b": result.append(0x08)
      case "f": result.append(0x0C)
      case "n": result.append(0x0A)
      case "r": result.append(0x0D)
      case "t": result.append(0x09)
      case "v": result.append(0x0B)
      case "0"..."7":
        var value = e.value - 48
        var count = 1
        while count < 3 && index < scalars.count, case let d = scalars[index],
          d.value >= 48 && d.value <= 55
        {
          value = value * 8 + (d.value - 48)
          index += 1
          count += 1
        }
        result.append(UInt8(truncatingIfNeeded: value))
      case "x":
        guard index + 1 < scalars.count, let high = hexValue(scalars[index]),
          let low = hexValue(scalars[index + 1])
        else {
          throw Failure(message: "(value error) invalid \\x escape at position \(escapeStart)")
        }
        result.append(UInt8(high * 16 + low))
        index += 2
      default:
        result.append(0x5C)
        result.append(UInt8(truncatingIfNeeded: e.value))
      }
    }
    return result
  }

  private static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
    switch c.value {
    case 48...57: return c.value - 48
    case 97...102: return c.value - 87
    case 65...70: return c.value - 55
    default: return nil
    }
  }

  /// CPython's UnicodeDecodeError text for bytes `start..<end` of the escaped
  /// text.
  private static func unicodeError(_ start: Int, _ end: Int, _ reason: String) -> Failure {
    let position =
      end - start == 1 ? "byte 0x5c in position \(start)" : "bytes in position \(start)-\(end - 1)"
    return Failure(
      message: "(unicode error) 'unicodeescape' codec can't decode \(position): \(reason)")
  }
}

/// Looks up characters by their Unicode name, for `\N{...}` escapes.
enum UnicodeNames {
  /// Aliases from Unicode's NameAliases.txt that Python accepts and that the
  /// standard library's `name` property does not give.
  private static let aliases: [String: UInt32] = [
    "NULL": 0x00, "NUL": 0x00, "BEL": 0x07, "ALERT": 0x07, "BACKSPACE": 0x08, "BS": 0x08,
    "CHARACTER TABULATION": 0x09, "HORIZONTAL TABULATION": 0x09, "TAB": 0x09, "HT": 0x09,
    "LINE FEED": 0x0A, "NEW LINE": 0x0A, "END OF LINE": 0x0A, "LF": 0x0A, "NL": 0x0A,
    "EOL": 0x0A, "LINE TABULATION": 0x0B, "VERTICAL TABULATION": 0x0B, "VT": 0x0B,
    "FORM FEED": 0x0C, "FF": 0x0C, "CARRIAGE RETURN": 0x0D, "CR": 0x0D, "ESCAPE": 0x1B,
    "ESC": 0x1B, "SP": 0x20, "DELETE": 0x7F, "DEL": 0x7F, "NEXT LINE": 0x85, "NEL": 0x85,
    "NBSP": 0xA0, "SHY": 0xAD, "ZWSP": 0x200B, "ZWNJ": 0x200C, "ZWJ": 0x200D, "LRM": 0x200E,
    "RLM": 0x200F, "NNBSP": 0x202F, "WJ": 0x2060, "BYTE ORDER MARK": 0xFEFF, "BOM": 0xFEFF,
    "ZWNBSP": 0xFEFF,
  ]

  /// The scalar called `name` (case-insensitive), if any.
  static func scalar(named name: String) -> Unicode.Scalar? {
    let wanted = name.uppercased()
    if let value = aliases[wanted] { return Unicode.Scalar(value) }
    for prefix in ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"]
    where wanted.hasPrefix(prefix) {
      guard let value = UInt32(wanted.dropFirst(prefix.count), radix: 16),
        let scalar = Unicode.Scalar(value), scalar.properties.name == wanted
      else { return nil }
      return scalar
    }
    // A linear search: slow, but `\N{...}` is rare and this needs no table.
    for range in [UInt32(0x20)...0xFFFF, 0x10000...0x10FFFF] {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let properties = scalar.properties
        if properties.generalCategory == .unassigned { continue }
        if properties.name == wanted || properties.nameAlias == wanted { return scalar }
      }
    }
    return nil
  }
}
