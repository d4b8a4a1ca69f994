import Foundation

/// Substring search over UTF-8 bytes (memmem), with conversion of byte
/// offsets to code point indexes for `str.find` and friends.
enum StringSearch {
  /// The UTF-8 byte offset of the first `needle` in `haystack` at or after
  /// byte `from`, or nil.
  static func find(_ needle: String, in haystack: String, fromByte from: Int = 0) -> Int? {
    var h = haystack
    var n = needle
    return h.withUTF8 { hb -> Int? in
      n.withUTF8 { nb -> Int? in
        if nb.isEmpty { return from <= hb.count ? from : nil }
        guard from <= hb.count, let hBase = hb.baseAddress, let nBase = nb.baseAddress else { return nil }
        let last = hb.count - nb.count
        let first = Int32(nb[0])
        var i = from
        while i <= last {
          guard let p = memchr(hBase + i, first, last - i + 1) else { return nil }
          let at = hBase.distance(to: p.assumingMemoryBound(to: UInt8.self))
          if memcmp(hBase + at, nBase, nb.count) == 0 { return at }
          i = at + 1
        }
        return nil
      }
    }
  }

  /// The byte offset of the last `needle` in `haystack` ending at or before
  /// byte `end`.
  static func findLast(_ needle: String, in haystack: String, endByte: Int? = nil) -> Int? {
    let h = Array(haystack.utf8)
    let n = Array(needle.utf8)
    let end = min(endByte ?? h.count, h.count)
    if n.count > end { return nil }
    var i = end - n.count
    while i >= 0 {
      if h[i..<(i + n.count)].elementsEqual(n) { return i }
      i -= 1
    }
    return nil
  }

  /// Number of non-overlapping occurrences of a non-empty `needle`.
  static func count(_ needle: String, in haystack: String) -> Int {
    let width = needle.utf8.count
    guard width > 0 else { return haystack.unicodeScalars.count + 1 }
    var n = 0
    var from = 0
    while let at = find(needle, in: haystack, fromByte: from) {
      n += 1
      from = at + width
    }
    return n
  }

  /// Code point index of a UTF-8 byte offset.
  static func scalarIndex(ofByte offset: Int, in s: String) -> Int {
    var count = 0
    var i = 0
    for b in s.utf8 {
      if i >= offset { break }
      if b & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }
}
