import Foundation

/// The UTF-8 bytes of a new `str`, appended piece by piece, with a record of
/// whether they are all ASCII: the finished string then knows its length
/// without scanning itself, and no piece goes through Swift `String`
/// concatenation (which checks capacity and flags on every append). The
/// bytes live in one malloc'd block that grows by doubling; appends are
/// plain memcpy, without `Array`'s generic sequence machinery.
struct StrBuilder: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// Whether `base` was allocated here (else it is the caller's buffer).
  private var ownsBase: Bool
  private(set) var count = 0
  private(set) var isASCII = true

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    ownsBase = true
  }

  /// Starts in `scratch` (typically on the caller's stack), moving to the
  /// heap only if the text outgrows it.
  init(scratch: UnsafeMutableBufferPointer<UInt8>) {
    if let scratchBase = scratch.baseAddress, scratch.count > 0 {
      base = scratchBase
      capacity = scratch.count
      ownsBase = false
    } else {
      capacity = 16
      base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
      ownsBase = true
    }
  }

  deinit {
    if ownsBase { base.deallocate() }
  }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if count + extra <= capacity { return }
    grow(to: count + extra)
  }

  private mutating func grow(to needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    if ownsBase { base.deallocate() }
    base = newBase
    capacity = newCapacity
    ownsBase = true
  }

  /// Appends UTF-8 bytes whose ASCII-ness the caller accounts for.
  @inline(__always)
  private mutating func appendRaw(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, bytes.count > 0 else { return }
    reserve(bytes.count)
    (base + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  mutating func append(_ s: PyStr) {
    if !s.isASCII { isASCII = false }
    s.withBytes { appendRaw($0) }
  }

  /// Appends a Swift string, checking its bytes for non-ASCII ones.
  mutating func append(_ s: String) {
    var copy = s
    copy.withUTF8 { buffer in
      if isASCII && buffer.contains(where: { $0 >= 0x80 }) { isASCII = false }
      appendRaw(buffer)
    }
  }

  /// Appends a Swift string whose ASCII-ness the caller knows.
  mutating func append(_ s: String, ascii: Bool) {
    if !ascii { isASCII = false }
    var copy = s
    copy.withUTF8 { appendRaw($0) }
  }

  /// Appends UTF-8 bytes whose ASCII-ness the caller knows.
  mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) {
    if !ascii { isASCII = false }
    appendRaw(bytes)
  }

  /// Appends bytes known to be ASCII.
  mutating func appendASCII(_ bytes: UnsafeBufferPointer<UInt8>) {
    appendRaw(bytes)
  }

  /// Appends one ASCII byte.
  @inline(__always)
  mutating func appendASCII(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends an ASCII byte `n` times.
  mutating func appendASCII(_ byte: UInt8, count n: Int) {
    guard n > 0 else { return }
    reserve(n)
    (base + count).initialize(repeating: byte, count: n)
    count += n
  }

  /// `str(v)` of a machine integer.
  mutating func appendDecimal(_ v: Int) {
    if v < 0 { appendASCII(UInt8(ascii: "-")) }
    IntegerText.withDigits(v.magnitude, base: 10) { appendRaw($0) }
  }

  /// `format(v, spec)` when `PlainIntegerFormat` handles `spec`; false
  /// (nothing appended) otherwise.
  mutating func appendInteger(_ v: Int, spec: FormatSpec) -> Bool {
    PlainIntegerFormat.append(v, spec: spec, to: &self)
  }

  private var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// The finished `str` (shared instances for "" and one ASCII character).
  func build() -> PyStr {
    PyStr.fromBytes(bytes, 0..<count, ascii: isASCII)
  }
}
