/// `str.split`, `rsplit` and `splitlines`, after CPython's stringlib/split.h,
/// over UTF-8 bytes (ASCII text needs no decoding at all).
enum StrSplitter {
  /// The code point starting at byte `i` and its width in bytes.
  @inline(__always)
  static func scalar(_ h: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
    let b0 = UInt32(h[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 {
      return (((b0 & 0x1F) << 6) | (UInt32(h[i + 1]) & 0x3F), 2)
    }
    if b0 < 0xF0 {
      return (((b0 & 0x0F) << 12) | ((UInt32(h[i + 1]) & 0x3F) << 6) | (UInt32(h[i + 2]) & 0x3F), 3)
    }
    let v = ((b0 & 0x07) << 18) | ((UInt32(h[i + 1]) & 0x3F) << 12)
      | ((UInt32(h[i + 2]) & 0x3F) << 6) | (UInt32(h[i + 3]) & 0x3F)
    return (v, 4)
  }

  /// The code point that ends just before byte `end` and its width.
  @inline(__always)
  static func scalar(_ h: UnsafeBufferPointer<UInt8>, before end: Int) -> (UInt32, Int) {
    if h[end - 1] < 0x80 { return (UInt32(h[end - 1]), 1) }
    var start = end - 1
    while start > 0 && h[start] & 0xC0 == 0x80 { start -= 1 }
    return (scalar(h, at: start).0, end - start)
  }

  /// Splits on runs of whitespace, at most `maxCount` times.
  static func splitWhitespace(_ s: PyStr, maxCount: Int) -> [Value] {
    let ascii = s.isASCII
    if ascii { return s.withBytes { splitASCIIWhitespace(s, $0, maxCount: maxCount) } }
    return s.withBytes { h -> [Value] in
      var out: [Value] = []
      let n = h.count
      var i = 0
      var remaining = maxCount
      while remaining > 0 {
        while i < n {
          let (c, w) = scalar(h, at: i)
          if !StrWhitespace.isSpace(c) { break }
          i += w
        }
        if i == n { break }
        let j = i
        i += scalar(h, at: i).1
        while i < n {
          let (c, w) = scalar(h, at: i)
          if StrWhitespace.isSpace(c) { break }
          i += w
        }
        if j == 0 && i == n { return [.object(s)] }
        out.append(.object(PyStr.fromBytes(h, j..<i, ascii: ascii)))
        remaining -= 1
      }
      if i < n {
        while i < n {
          let (c, w) = scalar(h, at: i)
          if !StrWhitespace.isSpace(c) { break }
          i += w
        }
        if i != n { out.append(.object(PyStr.fromBytes(h, i..<n, ascii: ascii))) }
      }
      return out
    }
  }

  /// `splitWhitespace` for ASCII text: bytes are characters, no decoding.
  private static func splitASCIIWhitespace(
    _ s: PyStr, _ h: UnsafeBufferPointer<UInt8>, maxCount: Int
  ) -> [Value] {
    @inline(__always) func isSpace(_ b: UInt8) -> Bool { StrWhitespace.isSpace(UInt32(b)) }
    var out: [Value] = []
    let n = h.count
    var i = 0
    var remaining = maxCount
    while remaining > 0 {
      while i < n && isSpace(h[i]) { i += 1 }
      if i == n { break }
      let j = i
      i += 1
      while i < n && !isSpace(h[i]) { i += 1 }
      if j == 0 && i == n { return [.object(s)] }
      out.append(.object(PyStr.fromBytes(h, j..<i, ascii: true)))
      remaining -= 1
    }
    if i < n {
      while i < n && isSpace(h[i]) { i += 1 }
      if i != n { out.append(.object(PyStr.fromBytes(h, i..<n, ascii: true))) }
    }
    return out
  }

  /// Splits on runs of whitespace from the right.
  static func rsplitWhitespace(_ s: PyStr, maxCount: Int) -> [Value] {
    let ascii = s.isASCII
    return s.withBytes { h -> [Value] in
      var out: [Value] = []
      var i = h.count  // exclusive end of what is left
      var remaining = maxCount
      while remaining > 0 {
        while i > 0 {
          let (c, w) = scalar(h, before: i)
          if !StrWhitespace.isSpace(c) { break }
          i -= w
        }
        if i == 0 { break }
        let j = i
        i -= scalar(h, before: i).1
        while i > 0 {
          let (c, w) = scalar(h, before: i)
          if StrWhitespace.isSpace(c) { break }
          i -= w
        }
        if i == 0 && j == h.count { return [.object(s)] }
        out.append(.object(PyStr.fromBytes(h, i..<j, ascii: ascii)))
        remaining -= 1
      }
      if i > 0 {
        while i > 0 {
          let (c, w) = scalar(h, before: i)
          if !StrWhitespace.isSpace(c) { break }
          i -= w
        }
        if i > 0 { out.append(.object(PyStr.fromBytes(h, 0..<i, ascii: ascii))) }
      }
      out.reverseByMoving()
      return out
    }
  }

  /// Splits on a non-empty separator.
  static func split(_ s: PyStr, _ sep: PyStr, maxCount: Int, reverse: Bool) -> [Value] {
    let ascii = s.isASCII
    return s.withBytes { h -> [Value] in
      sep.withBytes { n -> [Value] in
        if n.count == 1 && !reverse { return splitOnByte(s, h, n[0], maxCount: maxCount, ascii: ascii) }
        // Counting the separators first (memchr is quick) sizes the result
        // exactly: no regrowth, no spare capacity kept alive in the list.
        let separators = StrBytes.count(h, n, from: 0, to: h.count, limit: maxCount)
        if separators == 0 { return [.object(s)] }
        var out: [Value] = []
        out.reserveCapacity(separators + 1)
        var remaining = maxCount
        if reverse {
          var end = h.count
          while remaining > 0, let at = StrBytes.findLast(h, n, from: 0, to: end) {
            out.append(.object(PyStr.fromBytes(h, (at + n.count)..<end, ascii: ascii)))
            end = at
            remaining -= 1
          }
          if out.isEmpty { return [.object(s)] }
          out.append(.object(PyStr.fromBytes(h, 0..<end, ascii: ascii)))
          out.reverseByMoving()
          return out
        }
        var start = 0
        while remaining > 0, let at = StrBytes.find(h, n, from: start, to: h.count) {
          out.append(.object(PyStr.fromBytes(h, start..<at, ascii: ascii)))
          start = at + n.count
          remaining -= 1
        }
        if out.isEmpty { return [.object(s)] }
        out.append(.object(PyStr.fromBytes(h, start..<h.count, ascii: ascii)))
        return out
      }
    }
  }

  /// `split` on a one-byte separator (an ASCII character: a UTF-8 byte
  /// below 0x80 is never part of another character), by plain byte loops:
  /// the fields of typical text are short, and a memchr call per field costs
  /// more than it saves.
  private static func splitOnByte(
    _ s: PyStr, _ h: UnsafeBufferPointer<UInt8>, _ separator: UInt8, maxCount: Int, ascii: Bool
  ) -> [Value] {
    var separators = 0
    for byte in h where byte == separator { separators &+= 1 }
    if separators == 0 || maxCount == 0 { return [.object(s)] }
    let pieces = min(separators, maxCount) &+ 1
    // Written straight into the array's storage: no capacity or
    // uniqueness checks per piece.
    return [Value](unsafeUninitializedCapacity: pieces) { out, initialized in
      initialized = 0
      guard let base = out.baseAddress else { return }  // never: pieces >= 2
      var start = 0
      var i = 0
      var n = 0
      let last = pieces &- 1
      while i < h.count && n < last {
        if h[i] == separator {
          (base + n).initialize(to: .object(PyStr.fromBytes(h, start..<i, ascii: ascii)))
          n &+= 1
          start = i &+ 1
        }
        i &+= 1
      }
      (base + n).initialize(to: .object(PyStr.fromBytes(h, start..<h.count, ascii: ascii)))
      initialized = n &+ 1
    }
  }

  /// `splitlines`: \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028, U+2029.
  static func splitLines(_ s: PyStr, keepEnds: Bool) -> [Value] {
    let ascii = s.isASCII
    return s.withBytes { h -> [Value] in
      var out: [Value] = []
      let n = h.count
      var i = 0
      var j = 0
      while i < n {
        var width = 0
        while i < n {
          let (c, w) = scalar(h, at: i)
          if StrWhitespace.isLineBreak(c) {
            width = w
            break
          }
          i += w
        }
        var eol = i
        if i < n {
          if h[i] == 0x0D && i + 1 < n && h[i + 1] == 0x0A {
            i += 2
          } else {
            i += width
          }
          if keepEnds { eol = i }
        }
        if j == 0 && eol == n { return [.object(s)] }
        out.append(.object(PyStr.fromBytes(h, j..<eol, ascii: ascii)))
        j = i
      }
      return out
    }
  }
}

extension Args {
  /// Argument Clinic's keyword-capable binding, with its count message
  /// ("split() takes at most 2 arguments (3 given)") checked first.
  func strClinic(_ name: String, _ names: [String]) throws(PyException) -> [Value?] {
    let total = count + keywordCount
    if total > names.count {
      let max = names.count
      let kind = count == 0 ? "keyword " : ""
      throw PyException.typeError(
        "\(name)() takes at most \(max) \(kind)argument\(max == 1 ? "" : "s") (\(total) given)")
    }
    return try bind(name, names)
  }

  /// `clinic` for two optional parameters, without allocating when there
  /// are no keywords (split runs in tight loops).
  func strClinic2(
    _ name: String, _ first: String, _ second: String
  ) throws(PyException) -> (Value?, Value?) {
    if keywordCount == 0 && count <= 2 {
      return (count > 0 ? self[0] : nil, count > 1 ? self[1] : nil)
    }
    let a = try strClinic(name, [first, second])
    return (a[0], a[1])
  }
}

extension BuiltinTypes {
  static func installStrSplitMethods() {
    str.addMethod("split") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try strSplit(vm, selfValue, args, reverse: false)
    }
    str.addMethod("rsplit") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      try strSplit(vm, selfValue, args, reverse: true)
    }
    str.addMethod("splitlines") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let a = try args.strClinic("splitlines", ["keepends"])
      var keep = false
      if let k = a[0] { keep = try vm.strSizeArgument(k, cType: "int") != 0 }
      return .list(StrSplitter.splitLines(s, keepEnds: keep))
    }
  }

  private static func strSplit(
    _ vm: VM, _ selfValue: Value, _ args: Args, reverse: Bool
  ) throws(PyException) -> Value {
    let s = try selfValue.strReceiver()
    let (sepArgument, maxArgument) = try args.strClinic2(
      reverse ? "rsplit" : "split", "sep", "maxsplit")
    var maxCount = Int.max
    if let m = maxArgument {
      let v = try vm.strSizeArgument(m)
      if v >= 0 { maxCount = v }
    }
    if let sepValue = sepArgument, !sepValue.isNone {
      guard let sep = sepValue.asStr else {
        throw PyException.typeError("must be str or None, not \(sepValue.typeName)")
      }
      if sep.value.isEmpty { throw PyException.valueError("empty separator") }
      return .list(StrSplitter.split(s, sep, maxCount: maxCount, reverse: reverse))
    }
    if reverse { return .list(StrSplitter.rsplitWhitespace(s, maxCount: maxCount)) }
    return .list(StrSplitter.splitWhitespace(s, maxCount: maxCount))
  }
}
