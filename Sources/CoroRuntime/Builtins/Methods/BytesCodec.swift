/// `bytes.decode` for UTF-8, ASCII and Latin-1, with CPython's
/// UnicodeDecodeError messages ("invalid start byte", "invalid
/// continuation byte", "unexpected end of data") and the `ignore` and
/// `replace` error handlers.
enum BytesCodec {
  enum Failure: Error {
    case unknownEncoding(String)
    case unknownHandler(String)
    case decode(String)
  }

  /// The codec name CPython's normalization gives `encoding`, or nil.
  static func codecName(_ encoding: String) -> String? {
    let normalized = encoding.lowercased().replacingOccurrences(of: "-", with: "_")
      .replacingOccurrences(of: " ", with: "_")
    switch normalized {
    case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4": return "utf-8"
    case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "iso646_us":
      return "ascii"
    case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819",
      "iso_ir_100", "csisolatin1":
      return "latin-1"
    default: return nil
    }
  }

  static func decode(_ bytes: [UInt8], encoding: String, errors: String) throws(Failure) -> String {
    guard let codec = codecName(encoding) else { throw .unknownEncoding(encoding) }
    guard ["strict", "ignore", "replace"].contains(errors) else { throw .unknownHandler(errors) }
    var out = String.UnicodeScalarView()
    var i = 0
    func fail(_ start: Int, _ end: Int, _ reason: String) throws(Failure) {
      switch errors {
      case "ignore": return
      case "replace": out.append("\u{FFFD}")
      default:
        let what = end == start
          ? "byte 0x\(hex(bytes[start])) in position \(start)"
          : "bytes in position \(start)-\(end)"
        throw .decode("'\(codec)' codec can't decode \(what): \(reason)")
      }
    }
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 || codec == "latin-1" {
        out.append(Unicode.Scalar(b))
        i += 1
        continue
      }
      if codec == "ascii" {
        try fail(i, i, "ordinal not in range(128)")
        i += 1
        continue
      }
      // UTF-8: how many continuation bytes, and the range the first of
      // them must be in (no overlong forms, no surrogates, ≤ U+10FFFF).
      let need: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: need = 1
      case 0xE0: need = 2; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: need = 2
      case 0xED: need = 2; high = 0x9F
      case 0xF0: need = 3; low = 0x90
      case 0xF1...0xF3: need = 3
      case 0xF4: need = 3; high = 0x8F
      default:
        try fail(i, i, "invalid start byte")
        i += 1
        continue
      }
      var value = UInt32(b) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
      var j = i + 1
      var valid = true
      for k in 0..<need {
        guard j < bytes.count else {
          try fail(i, bytes.count - 1, "unexpected end of data")
          valid = false
          break
        }
        let c = bytes[j]
        let (lo, hi) = k == 0 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
        guard c >= lo && c <= hi else {
          try fail(i, j - 1, "invalid continuation byte")
          valid = false
          break
        }
        value = value << 6 | UInt32(c & 0x3F)
        j += 1
      }
      if valid, let scalar = Unicode.Scalar(value) { out.append(scalar) }
      i = j
    }
    return String(out)
  }

  static func hex(_ b: UInt8) -> String {
    (b < 16 ? "0" : "") + String(b, radix: 16)
  }
}

extension VM {
  /// `b.decode(encoding, errors)` and `str(b, encoding, errors)`.
  func decodeBytes(_ bytes: [UInt8], encoding: String, errors: String) throws(PyException) -> String {
    do {
      return try BytesCodec.decode(bytes, encoding: encoding, errors: errors)
    } catch {
      switch error {
      case .unknownEncoding(let e):
        throw PyException(type: BuiltinTypes.lookupError, message: "unknown encoding: \(e)")
      case .unknownHandler(let h):
        throw PyException(type: BuiltinTypes.lookupError, message: "unknown error handler name '\(h)'")
      case .decode(let message):
        throw PyException(type: BuiltinTypes.unicodeDecodeError, message: message)
      }
    }
  }

  /// The bytes of a bytes-like argument, or nil.
  func bytesLike(_ v: Value) -> [UInt8]? {
    v.as(PyBytes.self)?.bytes
  }

  /// `b[i]` and `b[i:j:k]`.
  func bytesItem(_ b: PyBytes, _ key: Value) throws(PyException) -> Value {
    if let i = try index(key) {
      let j = i < 0 ? i + b.bytes.count : i
      guard j >= 0 && j < b.bytes.count else { throw PyException.indexError("index out of range") }
      return .int(Int(b.bytes[j]))
    }
    if let s = key.as(PySlice.self) {
      let (start, _, step, count) = try sliceIndices(s, length: b.bytes.count)
      var out: [UInt8] = []
      out.reserveCapacity(count)
      var i = start
      for _ in 0..<count {
        out.append(b.bytes[i])
        i += step
      }
      return .object(b.sameKind(out))
    }
    throw PyException.typeError("byte indices must be integers or slices, not \(key.typeName)")
  }

  /// `x in b`: a byte value or a subsequence.
  func bytesContains(_ b: PyBytes, _ item: Value) throws(PyException) -> Bool {
    if let needle = bytesLike(item) { return BytesSearch.find(needle, in: b.bytes, 0, b.bytes.count) != nil }
    if let i = try index(item) {
      guard (0...255).contains(i) else { throw PyException.valueError("byte must be in range(0, 256)") }
      return b.bytes.contains(UInt8(i))
    }
    throw PyException.typeError("a bytes-like object is required, not '\(item.typeName)'")
  }

  /// The hash of bytes: the same function as str's over the same bytes, so
  /// `hash(b"abc") == hash("abc")` as in CPython.
  func bytesHash(_ bytes: [UInt8]) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    let result = Int(truncatingIfNeeded: h)
    return result == -1 || result == Int.min ? -2 : result
  }
}

/// Substring search over bytes.
enum BytesSearch {
  /// The first index ≥ start where `needle` occurs ending ≤ end.
  static func find(_ needle: [UInt8], in hay: [UInt8], _ start: Int, _ end: Int) -> Int? {
    let end = min(end, hay.count)
    let start = max(start, 0)
    if needle.count > end - start { return nil }
    if needle.isEmpty { return start }
    var i = start
    while i + needle.count <= end {
      if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
      i += 1
    }
    return nil
  }

  /// The last such index.
  static func rfind(_ needle: [UInt8], in hay: [UInt8], _ start: Int, _ end: Int) -> Int? {
    let end = min(end, hay.count)
    let start = max(start, 0)
    if needle.count > end - start { return nil }
    var i = end - needle.count
    while i >= start {
      if Array(hay[i..<(i + needle.count)]) == needle { return i }
      i -= 1
    }
    return nil
  }
}
