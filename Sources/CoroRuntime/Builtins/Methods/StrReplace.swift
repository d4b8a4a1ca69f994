/// `str.replace`, `partition`, `rpartition`, `removeprefix` and
/// `removesuffix`.
extension VM {
  /// `s.replace(old, new, count)`; a negative count replaces every match.
  func strReplace(
    _ s: PyStr, _ old: PyStr, _ new: PyStr, count limit: Int
  ) throws(PyException) -> PyStr {
    let maxCount = limit < 0 ? Int.max : limit
    if maxCount == 0 { return s }
    // Byte offsets of the matches (or, for an empty `old`, of the code
    // point boundaries where `new` goes).
    let positions: [Int] = s.withBytes { h -> [Int] in
      var found: [Int] = []
      if old.value.isEmpty {
        var i = 0
        while i <= h.count && found.count < maxCount {
          if i == h.count || h[i] & 0xC0 != 0x80 { found.append(i) }
          i += 1
        }
        return found
      }
      old.withBytes { n in
        var i = 0
        while found.count < maxCount, let at = StrBytes.find(h, n, from: i, to: h.count) {
          found.append(at)
          i = at + n.count
        }
      }
      return found
    }
    if positions.isEmpty { return s }
    let oldWidth = old.value.utf8.count
    let newWidth = new.value.utf8.count
    let total = s.value.utf8.count + positions.count * (newWidth - oldWidth)
    if total > FormatError.maxResultLength {
      throw PyException.overflowError("replace string is too long")
    }
    let text = s.withBytes { h -> String in
      new.withBytes { r -> String in
        String(unsafeUninitializedCapacity: total) { out -> Int in
          var o = 0
          var last = 0
          func copy(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            guard !range.isEmpty, let d = out.baseAddress, let sp = src.baseAddress else { return }
            (d + o).update(from: sp + range.lowerBound, count: range.count)
            o += range.count
          }
          for p in positions {
            copy(h, last..<p)
            copy(r, 0..<r.count)
            last = p + oldWidth
          }
          copy(h, last..<h.count)
          return o
        }
      }
    }
    return PyStr.make(text, ascii: s.isASCII && new.isASCII)
  }

  /// `s.partition(sep)` / `s.rpartition(sep)`.
  fileprivate func strPartition(
    _ s: PyStr, _ sepValue: Value, reverse: Bool
  ) throws(PyException) -> Value {
    guard let sep = sepValue.asStr else {
      throw PyException.typeError("must be str, not \(sepValue.typeName)")
    }
    if sep.value.isEmpty { throw PyException.valueError("empty separator") }
    let ascii = s.isASCII
    let parts: [Value]? = s.withBytes { h -> [Value]? in
      sep.withBytes { n -> [Value]? in
        let found = reverse
          ? StrBytes.findLast(h, n, from: 0, to: h.count)
          : StrBytes.find(h, n, from: 0, to: h.count)
        guard let at = found else { return nil }
        return [
          .object(PyStr.fromBytes(h, 0..<at, ascii: ascii)), sepValue,
          .object(PyStr.fromBytes(h, (at + n.count)..<h.count, ascii: ascii)),
        ]
      }
    }
    if let parts { return .tuple(parts) }
    let empty = Value.object(PyStr.empty)
    return reverse ? .tuple([empty, empty, .object(s)]) : .tuple([.object(s), empty, empty])
  }
}

extension BuiltinTypes {
  static func installStrReplaceMethods() {
    str.addMethod("replace") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      try args.rejectKeywords("str.replace")
      let a = try args.positional("replace", 2, 3)
      guard let old = a[0].asStr else {
        throw PyException.typeError("replace() argument 1 must be str, not \(a[0].strArgTypeName)")
      }
      guard let new = a[1].asStr else {
        throw PyException.typeError("replace() argument 2 must be str, not \(a[1].strArgTypeName)")
      }
      let count = a.count > 2 ? try vm.strSizeArgument(a[2]) : -1
      return .object(try vm.strReplace(s, old, new, count: count))
    }
    str.addMethod("partition") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      return try vm.strPartition(s, try args.one("str.partition"), reverse: false)
    }
    str.addMethod("rpartition") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      return try vm.strPartition(s, try args.one("str.rpartition"), reverse: true)
    }
    str.addMethod("removeprefix") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let a = try args.one("str.removeprefix")
      guard let prefix = a.asStr else {
        throw PyException.typeError("removeprefix() argument must be str, not \(a.strArgTypeName)")
      }
      let pw = prefix.value.utf8.count
      if pw == 0 { return selfValue }
      let hit = s.withBytes { h in prefix.withBytes { n in StrBytes.matches(h, n, at: 0) } }
      if !hit { return selfValue }
      return .object(s.withBytes { h in PyStr.fromBytes(h, pw..<h.count, ascii: s.isASCII) })
    }
    str.addMethod("removesuffix") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let a = try args.one("str.removesuffix")
      guard let suffix = a.asStr else {
        throw PyException.typeError("removesuffix() argument must be str, not \(a.strArgTypeName)")
      }
      let sw = suffix.value.utf8.count
      let total = s.value.utf8.count
      if sw == 0 || sw > total { return selfValue }
      let hit = s.withBytes { h in
        suffix.withBytes { n in StrBytes.matches(h, n, at: total - sw) }
      }
      if !hit { return selfValue }
      return .object(s.withBytes { h in PyStr.fromBytes(h, 0..<(total - sw), ascii: s.isASCII) })
    }
  }
}
