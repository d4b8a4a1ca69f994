import Foundation

/// `str.maketrans`, `str.translate` and `str.encode`.
extension VM {
  /// `str.maketrans(x[, y[, z]])`.
  fileprivate func strMakeTrans(_ args: Args) throws(PyException) -> Value {
    try args.rejectKeywords("str.maketrans")
    let a = try args.positional("maketrans", 1, 3)
    for i in 1..<a.count where a[i].asStr == nil {
      throw PyException.typeError(
        "maketrans() argument \(i + 1) must be str, not \(a[i].strArgTypeName)")
    }
    let result = PyDict()
    if a.count == 1 {
      guard let d = a[0].as(PyDict.self) else {
        throw PyException.typeError(
          "if you give only one argument to maketrans it must be a dict")
      }
      for entry in d.liveEntries {
        if let s = entry.key.asStr {
          guard s.count == 1 else {
            throw PyException.valueError("string keys in translate table must be of length 1")
          }
          try result.set(.int(Int(s.scalar(at: 0).value)), entry.value, vm: self)
        } else if isIntKey(entry.key) {
          try result.set(entry.key, entry.value, vm: self)
        } else {
          throw PyException.typeError("keys in translate table must be strings or integers")
        }
      }
      return .object(result)
    }
    guard let x = a[0].asStr, let y = a[1].asStr else {
      throw PyException.typeError(
        "first maketrans argument must be a string if there is a second argument")
    }
    let xs = Array(x.value.unicodeScalars)
    let ys = Array(y.value.unicodeScalars)
    guard xs.count == ys.count else {
      throw PyException.valueError("the first two maketrans arguments must have equal length")
    }
    for (c, d) in zip(xs, ys) {
      try result.set(.int(Int(c.value)), .int(Int(d.value)), vm: self)
    }
    if a.count == 3, let z = a[2].asStr {
      for c in z.value.unicodeScalars { try result.set(.int(Int(c.value)), .none, vm: self) }
    }
    return .object(result)
  }

  private func isIntKey(_ v: Value) -> Bool {
    switch v {
    case .int, .bool: return true
    case .object(let o): return o is PyBigInt
    default: return false
    }
  }

  /// What the table maps code point `c` to: nil to keep it, else the
  /// replacement text (empty to delete).
  private func translation(_ table: Value, _ c: UInt32) throws(PyException) -> String? {
    let mapped: Value
    if let d = table.as(PyDict.self), d.type === BuiltinTypes.dict {
      guard let v = try d.get(.int(Int(c)), vm: self) else { return nil }
      mapped = v
    } else {
      do throws(PyException) {
        mapped = try getItem(table, .int(Int(c)))
      } catch {
        if error.isInstance(of: BuiltinTypes.lookupError) { return nil }
        throw error
      }
    }
    switch mapped {
    case .none:
      return ""
    case .int(let i):
      guard i >= 0 && i < 0x110000 else {
        throw PyException.valueError("character mapping must be in range(0x110000)")
      }
      // A lone surrogate has no Swift form; U+FFFD stands in for it.
      return String(Character(Unicode.Scalar(UInt32(i)) ?? "\u{FFFD}"))
    case .bool(let b):
      return String(Character(Unicode.Scalar(UInt8(b ? 1 : 0))))
    case .object(let o):
      if let s = o as? PyStr { return s.value }
      if o is PyBigInt {
        throw PyException.valueError("character mapping must be in range(0x110000)")
      }
    default:
      break
    }
    throw PyException.typeError("character mapping must return integer, None or str")
  }

  /// `s.translate(table)`.
  fileprivate func strTranslate(_ s: PyStr, _ table: Value) throws(PyException) -> PyStr {
    var cache: [UInt32: String?] = [:]
    var out = ""
    out.reserveCapacity(s.value.utf8.count)
    var changed = false
    for c in s.value.unicodeScalars {
      let replacement: String?
      if let known = cache[c.value] {
        replacement = known
      } else {
        replacement = try translation(table, c.value)
        cache[c.value] = .some(replacement)
      }
      if let r = replacement {
        out += r
        changed = true
      } else {
        out.unicodeScalars.append(c)
      }
    }
    return changed ? PyStr.make(out, ascii: false) : s
  }

  /// `s.encode(encoding, errors)` for UTF-8, ASCII and Latin-1.
  fileprivate func strEncode(_ s: PyStr, _ args: Args) throws(PyException) -> Value {
    let a = try args.strClinic2("encode", "encoding", "errors")
    var encoding = "utf-8"
    var errors = "strict"
    if let e = a.0 {
      guard let t = e.asStr else {
        throw PyException.typeError(
          "encode() argument 'encoding' must be str, not \(e.strArgTypeName)")
      }
      encoding = t.value
    }
    if let e = a.1 {
      guard let t = e.asStr else {
        throw PyException.typeError(
          "encode() argument 'errors' must be str, not \(e.strArgTypeName)")
      }
      errors = t.value
    }
    let normalized = encoding.lowercased().replacingOccurrences(of: "-", with: "_")
      .replacingOccurrences(of: " ", with: "_")
    let limit: UInt32
    let codec: String
    switch normalized {
    case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
      return .object(PyBytes(Array(s.value.utf8)))
    case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "iso646_us":
      limit = 0x80
      codec = "ascii"
    case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819",
      "iso_ir_100", "csisolatin1":
      limit = 0x100
      codec = "latin-1"
    default:
      throw PyException(type: BuiltinTypes.lookupError, message: "unknown encoding: \(encoding)")
    }
    if s.isASCII { return .object(PyBytes(Array(s.value.utf8))) }
    let scalars = s.scalars
    var out: [UInt8] = []
    out.reserveCapacity(scalars.count)
    var i = 0
    while i < scalars.count {
      let c = scalars[i].value
      if c < limit {
        out.append(UInt8(c))
        i += 1
        continue
      }
      var j = i
      while j < scalars.count && scalars[j].value >= limit { j += 1 }
      switch errors {
      case "strict":
        let reason = "ordinal not in range(\(limit))"
        let what = j - i == 1
          ? "character '\(StrEncoding.escaped(c))' in position \(i)"
          : "characters in position \(i)-\(j - 1)"
        throw PyException(
          type: BuiltinTypes.unicodeEncodeError,
          message: "'\(codec)' codec can't encode \(what): \(reason)")
      case "ignore":
        break
      case "replace":
        out.append(contentsOf: repeatElement(UInt8(ascii: "?"), count: j - i))
      case "xmlcharrefreplace":
        for k in i..<j { out.append(contentsOf: Array("&#\(scalars[k].value);".utf8)) }
      case "backslashreplace":
        for k in i..<j { out.append(contentsOf: Array(StrEncoding.escaped(scalars[k].value).utf8)) }
      default:
        throw PyException(
          type: BuiltinTypes.lookupError, message: "unknown error handler name '\(errors)'")
      }
      i = j
    }
    return .object(PyBytes(out))
  }
}

enum StrEncoding {
  /// `\xe9`, `\u20ac` or `\U0001f600`, as encode errors show a character.
  static func escaped(_ c: UInt32) -> String {
    func hex(_ width: Int) -> String {
      let digits = String(c, radix: 16)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    if c <= 0xFF { return "\\x" + hex(2) }
    if c <= 0xFFFF { return "\\u" + hex(4) }
    return "\\U" + hex(8)
  }
}

extension BuiltinTypes {
  static func installStrTranslateMethods() {
    str.addStaticMethod("maketrans") { (vm: VM, args: Args) throws(PyException) -> Value in
      try vm.strMakeTrans(args)
    }
    str.addMethod("translate") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      return .object(try vm.strTranslate(s, try args.one("str.translate")))
    }
    str.addMethod("encode") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try vm.strEncode(try selfValue.strReceiver(), args)
    }
  }
}
