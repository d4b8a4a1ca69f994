/// The UTF-8 bytes of a new `str`, appended piece by piece, with a record of
/// whether they are all ASCII: the finished string then knows its length
/// without scanning itself, and no piece goes through Swift `String`
/// concatenation (which checks capacity and flags on every append).
struct StrBuilder {
  private(set) var bytes: [UInt8] = []
  private(set) var isASCII = true

  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  mutating func append(_ s: PyStr) {
    if !s.isASCII { isASCII = false }
    s.withBytes { bytes.append(contentsOf: $0) }
  }

  /// Appends a Swift string, checking its bytes for non-ASCII ones.
  mutating func append(_ s: String) {
    var copy = s
    copy.withUTF8 { buffer in
      if isASCII && buffer.contains(where: { $0 >= 0x80 }) { isASCII = false }
      bytes.append(contentsOf: buffer)
    }
  }

  /// Appends a Swift string whose ASCII-ness the caller knows.
  mutating func append(_ s: String, ascii: Bool) {
    if !ascii { isASCII = false }
    var copy = s
    copy.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// `str(v)` of a machine integer.
  mutating func appendDecimal(_ v: Int) {
    if v < 0 { bytes.append(UInt8(ascii: "-")) }
    IntegerText.appendDigits(v.magnitude, base: 10, to: &bytes)
  }

  /// `format(v, spec)` when `PlainIntegerFormat` handles `spec`; false
  /// (nothing appended) otherwise.
  mutating func appendInteger(_ v: Int, spec: FormatSpec) -> Bool {
    PlainIntegerFormat.append(v, spec: spec, to: &bytes)
  }

  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// The finished `str` (shared instances for "" and one ASCII character).
  func build() -> PyStr {
    bytes.withUnsafeBufferPointer { PyStr.fromBytes($0, 0..<$0.count, ascii: isASCII) }
  }
}
