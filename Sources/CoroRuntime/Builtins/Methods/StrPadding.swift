/// `str.center`, `ljust`, `rjust`, `zfill`, `expandtabs` and the strip
/// family.
extension VM {
  /// `s` with `left` and `right` copies of `fill` around it.
  func strPad(
    _ s: PyStr, left: Int, right: Int, fill: Unicode.Scalar
  ) throws(PyException) -> PyStr {
    if left <= 0 && right <= 0 { return s }
    let l = max(left, 0)
    let r = max(right, 0)
    if l + r > FormatError.maxResultLength {
      throw PyException(type: BuiltinTypes.memoryError, args: [])
    }
    let f = String(Character(fill))
    var out = ""
    out.reserveCapacity(s.value.utf8.count + (l + r) * f.utf8.count)
    if l > 0 { out += String(repeating: f, count: l) }
    out += s.value
    if r > 0 { out += String(repeating: f, count: r) }
    return PyStr.make(out, ascii: s.isASCII && fill.isASCII)
  }

  /// The `(width[, fillchar])` arguments of center, ljust and rjust.
  fileprivate func padArguments(
    _ name: String, _ args: Args
  ) throws(PyException) -> (Int, Unicode.Scalar) {
    try args.rejectKeywords("str." + name)
    let a = try args.positional(name, 1, 2)
    let width = try strSizeArgument(a[0])
    var fill: Unicode.Scalar = " "
    if a.count > 1 {
      guard let f = a[1].asStr else {
        throw PyException.typeError(
          "The fill character must be a unicode character, not \(a[1].typeName)")
      }
      guard f.count == 1 else {
        throw PyException.typeError("The fill character must be exactly one character long")
      }
      fill = f.scalar(at: 0)
    }
    return (width, fill)
  }

  /// `s.strip(chars)` and friends: `left`/`right` say which ends.
  fileprivate func strStrip(
    _ s: PyStr, _ args: Args, _ name: String, left: Bool, right: Bool
  ) throws(PyException) -> Value {
    try args.rejectKeywords("str." + name)
    let a = try args.positional(name, 0, 1)
    var test: (UInt32) -> Bool = StrWhitespace.isSpace
    if let c = a.first, !c.isNone {
      guard let chars = c.asStr else {
        throw PyException.typeError("\(name) arg must be None or str")
      }
      if chars.isASCII {
        var table = [Bool](repeating: false, count: 128)
        for b in chars.value.utf8 { table[Int(b)] = true }
        test = { $0 < 128 && table[Int($0)] }
      } else {
        let set = Set(chars.value.unicodeScalars.map(\.value))
        test = { set.contains($0) }
      }
    }
    let range = s.withBytes { h -> Range<Int> in
      var i = 0
      var j = h.count
      if left {
        while i < j {
          let (c, w) = StrSplitter.scalar(h, at: i)
          if !test(c) { break }
          i += w
        }
      }
      if right {
        while j > i {
          let (c, w) = StrSplitter.scalar(h, before: j)
          if !test(c) { break }
          j -= w
        }
      }
      return i..<j
    }
    if range.count == s.value.utf8.count { return .object(s) }
    return .object(s.withBytes { h in PyStr.fromBytes(h, range, ascii: s.isASCII) })
  }

  fileprivate func strExpandTabs(_ s: PyStr, tabSize: Int) throws(PyException) -> PyStr {
    if !s.value.utf8.contains(0x09) { return s }
    var out = String.UnicodeScalarView()
    var column = 0
    for c in s.value.unicodeScalars {
      if c == "\t" {
        if tabSize > 0 {
          let incr = tabSize - column % tabSize
          column += incr
          if column > FormatError.maxResultLength {
            throw PyException.overflowError("result too long")
          }
          out.append(contentsOf: repeatElement(" ", count: incr))
        }
      } else {
        out.append(c)
        column += 1
        if c == "\n" || c == "\r" { column = 0 }
      }
    }
    return PyStr.make(String(out), ascii: s.isASCII)
  }
}

extension BuiltinTypes {
  static func installStrPaddingMethods() {
    str.addMethod("center") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let (width, fill) = try vm.padArguments("center", args)
      let margin = width - s.count
      if margin <= 0 { return selfValue }
      let left = margin / 2 + (margin & width & 1)
      return .object(try vm.strPad(s, left: left, right: margin - left, fill: fill))
    }
    str.addMethod("ljust") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let (width, fill) = try vm.padArguments("ljust", args)
      return .object(try vm.strPad(s, left: 0, right: width - s.count, fill: fill))
    }
    str.addMethod("rjust") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let (width, fill) = try vm.padArguments("rjust", args)
      return .object(try vm.strPad(s, left: width - s.count, right: 0, fill: fill))
    }
    str.addMethod("zfill") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let width = try vm.strSizeArgument(try args.one("str.zfill"))
      let fill = width - s.count
      if fill <= 0 { return selfValue }
      // A sign moves in front of the zeros.
      guard let first = s.value.utf8.first, first == 0x2B || first == 0x2D else {
        return .object(try vm.strPad(s, left: fill, right: 0, fill: "0"))
      }
      if fill > FormatError.maxResultLength {
        throw PyException(type: BuiltinTypes.memoryError, args: [])
      }
      var text = first == 0x2B ? "+" : "-"
      text += String(repeating: "0", count: fill)
      text += String(s.value.unicodeScalars.dropFirst())
      return .object(PyStr.make(text, ascii: s.isASCII))
    }
    str.addMethod("expandtabs") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let a = try args.strClinic("expandtabs", ["tabsize"])
      let tabSize = try a[0].map { (v: Value) throws(PyException) -> Int in
        try vm.strSizeArgument(v, cType: "int")
      } ?? 8
      return .object(try vm.strExpandTabs(s, tabSize: tabSize))
    }
  }

  static func installStrStripMethods() {
    str.addMethod("strip") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try vm.strStrip(try selfValue.strReceiver(), args, "strip", left: true, right: true)
    }
    str.addMethod("lstrip") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try vm.strStrip(try selfValue.strReceiver(), args, "lstrip", left: true, right: false)
    }
    str.addMethod("rstrip") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try vm.strStrip(try selfValue.strReceiver(), args, "rstrip", left: false, right: true)
    }
  }
}
