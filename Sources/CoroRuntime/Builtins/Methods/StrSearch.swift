import Foundation

/// Byte-level substring search over UTF-8. A match of valid UTF-8 in valid
/// UTF-8 always starts and ends on code point boundaries, so searching
/// bytes gives the same matches as searching code points.
enum StrBytes {
  /// The first offset in `from..<to` where `needle` starts and ends before
  /// `to`, or nil.
  static func find(
    _ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from: Int, to: Int
  ) -> Int? {
    let nc = n.count
    if nc == 0 { return from <= to ? from : nil }
    guard to - from >= nc, let hBase = h.baseAddress, let nBase = n.baseAddress else { return nil }
    let last = to - nc
    let first = Int32(n[0])
    var i = from
    while i <= last {
      guard let p = memchr(hBase + i, first, last - i + 1) else { return nil }
      let at = hBase.distance(to: p.assumingMemoryBound(to: UInt8.self))
      if nc == 1 || memcmp(hBase + at + 1, nBase + 1, nc - 1) == 0 { return at }
      i = at + 1
    }
    return nil
  }

  /// The last offset in `from..<to` where `needle` starts and ends at or
  /// before `to`, or nil.
  static func findLast(
    _ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from: Int, to: Int
  ) -> Int? {
    let nc = n.count
    if nc == 0 { return from <= to ? to : nil }
    guard to - from >= nc, let hBase = h.baseAddress, let nBase = n.baseAddress else { return nil }
    var i = to - nc
    let first = n[0]
    while i >= from {
      if h[i] == first && memcmp(hBase + i, nBase, nc) == 0 { return i }
      i -= 1
    }
    return nil
  }

  /// Non-overlapping occurrences of a non-empty `needle` in `from..<to`,
  /// at most `limit`.
  static func count(
    _ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
    limit: Int = Int.max
  ) -> Int {
    var total = 0
    var i = from
    while total < limit, let at = find(h, n, from: i, to: to) {
      total += 1
      i = at + n.count
    }
    return total
  }

  /// Whether `n` occurs at byte `offset` of `h`.
  static func matches(
    _ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, at offset: Int
  ) -> Bool {
    if n.isEmpty { return true }
    guard offset >= 0, offset + n.count <= h.count, let hb = h.baseAddress, let nb = n.baseAddress
    else { return false }
    return memcmp(hb + offset, nb, n.count) == 0
  }
}

extension VM {
  /// `s.find(sub, start, end)` (or rfind with `reverse`): the code point
  /// index, or -1.
  func strFind(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int, reverse: Bool) -> Int {
    let length = s.count
    let (start, end) = strAdjustIndices(start, end, length: length)
    let subLength = sub.count
    if end - start < subLength { return -1 }
    if subLength == 0 { return reverse ? end : start }
    let ascii = s.isASCII
    let from = ascii ? start : s.byteOffset(ofIndex: start)
    let to = ascii ? end : s.byteOffset(ofIndex: end)
    let found = s.withBytes { h -> Int? in
      sub.withBytes { n -> Int? in
        reverse
          ? StrBytes.findLast(h, n, from: from, to: to)
          : StrBytes.find(h, n, from: from, to: to)
      }
    }
    guard let at = found else { return -1 }
    return ascii ? at : s.index(ofByte: at)
  }

  /// `s.count(sub, start, end)`.
  func strCount(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int) -> Int {
    let length = s.count
    let (start, end) = strAdjustIndices(start, end, length: length)
    if end - start < sub.count { return 0 }
    if sub.value.isEmpty { return end - start + 1 }
    let ascii = s.isASCII
    let from = ascii ? start : s.byteOffset(ofIndex: start)
    let to = ascii ? end : s.byteOffset(ofIndex: end)
    return s.withBytes { h in sub.withBytes { n in StrBytes.count(h, n, from: from, to: to) } }
  }

  /// CPython's tailmatch: does `sub` match at the start (or, with
  /// `suffix`, the end) of `s[start:end]`?
  func strTailMatch(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int, suffix: Bool) -> Bool {
    let (start, adjustedEnd) = strAdjustIndices(start, end, length: s.count)
    let end = adjustedEnd - sub.count
    if end < start { return false }
    if sub.value.isEmpty { return true }
    let offset = s.byteOffset(ofIndex: suffix ? end : start)
    return s.withBytes { h in sub.withBytes { n in StrBytes.matches(h, n, at: offset) } }
  }

  /// The `(sub[, start[, end]])` arguments of find, index, count...
  fileprivate func searchArguments(
    _ name: String, _ args: Args
  ) throws(PyException) -> (PyStr, Int, Int) {
    try args.rejectKeywords("str." + name)
    try strCheckOldStyleCount(name, args, 1, 3)
    guard let sub = args[0].asStr else {
      throw PyException.typeError("must be str, not \(args[0].typeName)")
    }
    let start = try strSliceIndex(args.count > 1 ? args[1] : nil, default: 0)
    let end = try strSliceIndex(args.count > 2 ? args[2] : nil, default: Int.max)
    return (sub, start, end)
  }

  /// `PyArg_ParseTuple`'s count messages: "find() takes at least 1
  /// argument (0 given)".
  func strCheckOldStyleCount(
    _ name: String, _ args: Args, _ min: Int, _ max: Int
  ) throws(PyException) {
    let n = args.count
    if n < min {
      throw PyException.typeError(
        "\(name)() takes at least \(min) argument\(min == 1 ? "" : "s") (\(n) given)")
    }
    if n > max {
      throw PyException.typeError(
        "\(name)() takes at most \(max) argument\(max == 1 ? "" : "s") (\(n) given)")
    }
  }

  /// startswith / endswith: a str or a tuple of str, checked lazily as
  /// CPython does (a match before a bad item wins).
  fileprivate func strStartsOrEnds(
    _ name: String, _ s: PyStr, _ args: Args, suffix: Bool
  ) throws(PyException) -> Bool {
    try args.rejectKeywords("str." + name)
    try strCheckOldStyleCount(name, args, 1, 3)
    let start = try strSliceIndex(args.count > 1 ? args[1] : nil, default: 0)
    let end = try strSliceIndex(args.count > 2 ? args[2] : nil, default: Int.max)
    if let t = args[0].as(PyTuple.self) {
      for item in t.items {
        guard let sub = item.asStr else {
          throw PyException.typeError(
            "tuple for \(name) must only contain str, not \(item.typeName)")
        }
        if strTailMatch(s, sub, start, end, suffix: suffix) { return true }
      }
      return false
    }
    guard let sub = args[0].asStr else {
      throw PyException.typeError(
        "\(name) first arg must be str or a tuple of str, not \(args[0].typeName)")
    }
    return strTailMatch(s, sub, start, end, suffix: suffix)
  }
}

extension BuiltinTypes {
  static func installStrSearchMethods() {
    str.addMethod("find") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let (sub, start, end) = try vm.searchArguments("find", args)
      return .int(vm.strFind(s, sub, start, end, reverse: false))
    }
    str.addMethod("rfind") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let (sub, start, end) = try vm.searchArguments("rfind", args)
      return .int(vm.strFind(s, sub, start, end, reverse: true))
    }
    str.addMethod("index") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let (sub, start, end) = try vm.searchArguments("index", args)
      let i = vm.strFind(s, sub, start, end, reverse: false)
      if i < 0 { throw PyException.valueError("substring not found") }
      return .int(i)
    }
    str.addMethod("rindex") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let (sub, start, end) = try vm.searchArguments("rindex", args)
      let i = vm.strFind(s, sub, start, end, reverse: true)
      if i < 0 { throw PyException.valueError("substring not found") }
      return .int(i)
    }
    str.addMethod("count") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      let (sub, start, end) = try vm.searchArguments("count", args)
      return .int(vm.strCount(s, sub, start, end))
    }
    str.addMethod("startswith") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      return .bool(try vm.strStartsOrEnds("startswith", s, args, suffix: false))
    }
    str.addMethod("endswith") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      return .bool(try vm.strStartsOrEnds("endswith", s, args, suffix: true))
    }
  }
}
