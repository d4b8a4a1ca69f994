import Foundation

/// `str`: an immutable sequence of Unicode code points.
///
/// The text is a Swift `String` (UTF-8 inside), compared and hashed by its
/// UTF-8 bytes, never by Swift's canonical equivalence: Python's `'é'`
/// (one code point) and `'e\u0301'` (two) are different strings. Python
/// indexes by code point, so the length in code points and, for non-ASCII
/// text, an array of scalars are computed on first use and kept.
final class PyStr: PyObject {
  let value: String
  private var cachedHash: Int = PyStr.noHash
  /// Length in code points; -1 until computed.
  private var cachedCount: Int = -1
  /// What few strings need, kept apart so that every other string is 16
  /// bytes smaller (56 bytes: one 64-byte malloc chunk instead of 80);
  /// programs hold hundreds of thousands of strings.
  /// (A `ManualReference`: strings die by the million.)
  private var rareReference = ManualReference<RareState>()

  private var rare: RareState? { rareReference.object }

  deinit {
    rareReference.release()
  }

  private final class RareState {
    /// The code points, for O(1) indexing of non-ASCII text.
    var scalars: [Unicode.Scalar]?
    /// Set for instances of a user subclass (see `SubclassState`).
    var subclass: SubclassState?
  }

  private var rareState: RareState {
    if let rare { return rare }
    let created = RareState()
    rareReference.object = created
    return created
  }

  private static let noHash = Int.min

  init(_ value: String) {
    self.value = value
  }

  /// A string known to hold only ASCII (the caller checked).
  init(ascii value: String) {
    self.value = value
    cachedCount = value.utf8.count
  }

  /// Set for instances of a user subclass (see `SubclassState`).
  var subclass: SubclassState? {
    get { rare?.subclass }
    set {
      if newValue == nil && rare == nil { return }
      rareState.subclass = newValue
    }
  }

  override var type: PyType { rare?.subclass?.type ?? BuiltinTypes.str }
  override var typeIdentity: ObjectIdentifier {
    rareReference.isNil ? BuiltinTypes.strIdentity : ObjectIdentifier(type)
  }
  override func instanceDictContains(_ name: PyStr) -> Bool {
    rareReference.isNil ? false : super.instanceDictContains(name)
  }
  override var instanceDict: PyDict? { subclass?.dict }
  override var subclassState: SubclassState? { subclass }

  // MARK: - Interning and small strings

  nonisolated(unsafe) private static var internTable: [String: PyStr] = [:]
  private static let internLock = NSLock()

  /// The one shared `PyStr` for `s`. Names in code objects and attribute
  /// names are interned, so dictionary look-ups of them usually succeed on
  /// pointer identity before comparing any bytes.
  static func intern(_ s: String) -> PyStr {
    internLock.lock()
    defer { internLock.unlock() }
    if let existing = internTable[s], existing.value.utf8.elementsEqual(s.utf8) { return existing }
    let str = PyStr(s)
    internTable[s] = str
    return str
  }

  /// Strings of one ASCII character, shared like CPython's latin-1 cache,
  /// so iterating over or indexing text does not allocate.
  static let asciiCharacters: [PyStr] = (0..<128).map { i in
    PyStr(ascii: String(Character(Unicode.Scalar(UInt8(i)))))
  }

  static let empty = PyStr(ascii: "")

  /// A one-code-point string.
  static func character(_ scalar: Unicode.Scalar) -> PyStr {
    if scalar.value < 128 { return asciiCharacters[Int(scalar.value)] }
    return PyStr(String(Character(scalar)))
  }

  // MARK: - Length and indexing

  var isASCII: Bool { count == value.utf8.count }

  /// The number of code points (`len(s)`).
  var count: Int {
    if cachedCount >= 0 { return cachedCount }
    var ascii = true
    let utf8Count = value.utf8.withContiguousStorageIfAvailable { buf -> Int in
      for b in buf where b >= 0x80 {
        ascii = false
        break
      }
      return buf.count
    }
    if ascii, let n = utf8Count {
      cachedCount = n
    } else {
      cachedCount = value.unicodeScalars.count
    }
    return cachedCount
  }

  /// The code points, as an array (built once for non-ASCII text).
  var scalars: [Unicode.Scalar] {
    if let s = rare?.scalars { return s }
    let s = Array(value.unicodeScalars)
    rareState.scalars = s
    return s
  }

  /// The code point at `index` (0 ≤ index < count).
  func scalar(at index: Int) -> Unicode.Scalar {
    if isASCII {
      let byte = value.utf8.withContiguousStorageIfAvailable { $0[index] }
        ?? value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: index)]
      return Unicode.Scalar(byte)
    }
    return scalars[index]
  }

  /// The substring of code points `range`.
  func substring(_ range: Range<Int>) -> String {
    if range.isEmpty { return "" }
    if isASCII {
      let u = value.utf8
      let start = u.index(u.startIndex, offsetBy: range.lowerBound)
      let end = u.index(start, offsetBy: range.count)
      return String(value[start..<end])
    }
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars[range])
    return String(s)
  }

  // MARK: - Equality, ordering and hashing

  /// Python string equality: same code points.
  static func equal(_ a: PyStr, _ b: PyStr) -> Bool {
    if a === b { return true }
    if a.cachedHash != noHash && b.cachedHash != noHash && a.cachedHash != b.cachedHash {
      return false
    }
    return bytesEqual(a.value, b.value)
  }

  static func bytesEqual(_ a: String, _ b: String) -> Bool {
    let au = a.utf8
    let bu = b.utf8
    if au.count != bu.count { return false }
    if let r = au.withContiguousStorageIfAvailable({ pa in
      bu.withContiguousStorageIfAvailable { pb -> Bool in
        guard let x = pa.baseAddress, let y = pb.baseAddress else { return pa.count == 0 }
        return memcmp(x, y, pa.count) == 0
      }
    }), let result = r {
      return result
    }
    return au.elementsEqual(bu)
  }

  /// Compares code point by code point (UTF-8 byte order is code point
  /// order): negative, zero or positive.
  static func compare(_ a: PyStr, _ b: PyStr) -> Int {
    if a === b { return 0 }
    let au = a.value.utf8
    let bu = b.value.utf8
    if let r = au.withContiguousStorageIfAvailable({ pa in
      bu.withContiguousStorageIfAvailable { pb -> Int in
        let n = min(pa.count, pb.count)
        if n > 0, let x = pa.baseAddress, let y = pb.baseAddress {
          let c = memcmp(x, y, n)
          if c != 0 { return Int(c) }
        }
        return pa.count - pb.count
      }
    }), let result = r {
      return result
    }
    for (x, y) in zip(au, bu) where x != y { return x < y ? -1 : 1 }
    return au.count - bu.count
  }

  /// The hash, FNV-1a over the UTF-8 bytes (CPython's is SipHash with a
  /// per-process key; no program may depend on either).
  var hash: Int {
    if cachedHash != PyStr.noHash { return cachedHash }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var copy = value
    copy.withUTF8 { buf in
      for b in buf {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
      }
    }
    var result = Int(truncatingIfNeeded: h)
    if result == -1 || result == PyStr.noHash { result = -2 }
    cachedHash = result
    return result
  }
}
