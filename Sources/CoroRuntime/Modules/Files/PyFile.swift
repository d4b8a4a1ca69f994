import Foundation

/// A file object made by `open()`: CPython's FileIO, BufferedReader,
/// BufferedWriter, BufferedRandom and TextIOWrapper folded into one object,
/// whose `kind` picks the Python type it shows.
///
/// Bytes move through two buffers as in CPython's buffered layer: reads
/// fill `readBuffer` from the descriptor, writes collect in `writeBuffer`
/// until it is full, `flush()`, a seek, a read or `close()`. Text files
/// decode into `text` (scalars after newline translation) a chunk at a
/// time, so that `sys.stdin` can hand out a line without reading to EOF.
final class PyFile: PyObject {
  enum Kind { case raw, reader, writer, random, text }

  static let chunkSize = 8192

  let kind: Kind
  let fd: Int32
  let name: Value
  let mode: String
  let canRead: Bool
  let canWrite: Bool
  let appending: Bool
  let closeFD: Bool
  /// The encoding as given (shown by repr and `encoding`) and its codec.
  let encoding: String
  let codec: String
  let errors: String
  /// nil: universal newlines; otherwise "", "\n", "\r" or "\r\n".
  let newline: String?
  private(set) var closed = false
  /// Standard streams never close their descriptor.
  var isStandardStream = false

  var readBuffer: [UInt8] = []
  var readPos = 0
  var writeBuffer: [UInt8] = []
  var sawEOF = false
  /// Text: decoded scalars not handed out yet.
  var text: [Unicode.Scalar] = []
  var textPos = 0
  /// Text: a BOM was looked for (utf-8-sig).
  var checkedBOM = false

  init(
    kind: Kind, fd: Int32, name: Value, mode: String, canRead: Bool, canWrite: Bool,
    appending: Bool, closeFD: Bool, encoding: String = "", codec: String = "",
    errors: String = "strict", newline: String? = nil
  ) {
    self.kind = kind
    self.fd = fd
    self.name = name
    self.mode = mode
    self.canRead = canRead
    self.canWrite = canWrite
    self.appending = appending
    self.closeFD = closeFD
    self.encoding = encoding
    self.codec = codec
    self.errors = errors
    self.newline = newline
    super.init()
    OpenFiles.add(self)
  }

  deinit {
    if !closed {
      flushQuietly()
      if closeFD { Glibc.close(fd) }
    }
  }

  override var type: PyType {
    switch kind {
    case .raw: return FileTypes.fileIO
    case .reader: return FileTypes.bufferedReader
    case .writer: return FileTypes.bufferedWriter
    case .random: return FileTypes.bufferedRandom
    case .text: return FileTypes.textIOWrapper
    }
  }

  var isText: Bool { kind == .text }

  // MARK: - State checks

  /// Raises CPython's "I/O operation on closed file." (or `message`).
  func checkOpen(_ message: String = "I/O operation on closed file.") throws(PyException) {
    if closed { throw PyException.valueError(message) }
  }

  func checkReadable() throws(PyException) {
    if !canRead {
      throw FileTypes.unsupported(isText ? "not readable" : kind == .raw ? "File not open for reading" : "read")
    }
  }

  func checkWritable() throws(PyException) {
    if !canWrite {
      throw FileTypes.unsupported(isText ? "not writable" : kind == .raw ? "File not open for writing" : "write")
    }
  }

  // MARK: - Descriptor level

  /// Reads one chunk into `readBuffer`; false at end of file.
  @discardableResult
  func readChunk() throws(PyException) -> Bool {
    if sawEOF { return false }
    try flushWrites()
    if readPos > 0 && readPos == readBuffer.count {
      readBuffer.removeAll(keepingCapacity: true)
      readPos = 0
    }
    var chunk = [UInt8](repeating: 0, count: PyFile.chunkSize)
    var n = 0
    while true {
      n = chunk.withUnsafeMutableBytes { raw in Glibc.read(fd, raw.baseAddress, raw.count) }
      if n < 0 && errno == EINTR { continue }
      break
    }
    if n < 0 { throw OSErrors.fromErrno(errno) }
    if n == 0 {
      sawEOF = true
      return false
    }
    readBuffer.append(contentsOf: chunk[0..<n])
    return true
  }

  var available: Int { readBuffer.count - readPos }

  /// Reads until `available >= count` or end of file.
  func fill(_ count: Int) throws(PyException) {
    while available < count, try readChunk() {}
  }

  func fillAll() throws(PyException) {
    while try readChunk() {}
  }

  /// Takes up to `count` buffered bytes.
  func take(_ count: Int) -> [UInt8] {
    let n = min(count, available)
    let out = Array(readBuffer[readPos..<readPos + n])
    readPos += n
    return out
  }

  /// Writes raw bytes to the descriptor.
  func writeAll(_ bytes: [UInt8]) throws(PyException) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        Glibc.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw OSErrors.fromErrno(errno)
      }
      offset += n
    }
  }

  func flushWrites() throws(PyException) {
    guard !writeBuffer.isEmpty else { return }
    let pending = writeBuffer
    writeBuffer.removeAll(keepingCapacity: true)
    try writeAll(pending)
  }

  func flushQuietly() {
    do throws(PyException) { try flushWrites() } catch {}
  }

  /// Drops read-ahead (the descriptor goes back to the logical position),
  /// so that a write or a seek starts where the reader is.
  func dropReadAhead() {
    let pending = available + pendingTextBytes()
    if pending > 0 && !sawEOFOnlyPipe { lseek(fd, off_t(-pending), SEEK_CUR) }
    readBuffer.removeAll(keepingCapacity: true)
    readPos = 0
    text.removeAll(keepingCapacity: true)
    textPos = 0
    sawEOF = false
  }

  /// Pipes and terminals cannot seek back.
  private var sawEOFOnlyPipe: Bool { lseek(fd, 0, SEEK_CUR) < 0 }

  /// The encoded size of decoded text not handed out yet (an estimate
  /// when newlines were translated).
  func pendingTextBytes() -> Int {
    guard isText, textPos < text.count else { return 0 }
    var n = 0
    for c in text[textPos...] {
      switch c.value {
      case 0..<0x80: n += 1
      case 0x80..<0x800: n += codec == "utf-8" ? 2 : 1
      case 0x800..<0x10000: n += codec == "utf-8" ? 3 : 1
      default: n += codec == "utf-8" ? 4 : 1
      }
    }
    return n
  }

  /// Buffers bytes for writing (appending files write at the end).
  func bufferWrite(_ bytes: [UInt8]) throws(PyException) {
    if available > 0 || textPos < text.count { dropReadAhead() }
    writeBuffer.append(contentsOf: bytes)
    if writeBuffer.count >= PyFile.chunkSize || kind == .raw || isStandardStream {
      try flushWrites()
    }
  }

  /// The logical position.
  func position() throws(PyException) -> Int {
    let raw = lseek(fd, 0, SEEK_CUR)
    if raw < 0 { throw OSErrors.fromErrno(errno) }
    return Int(raw) - available - pendingTextBytes() + writeBuffer.count
  }

  func seek(_ offset: Int, _ whence: Int32) throws(PyException) -> Int {
    try flushWrites()
    dropReadAhead()
    let r = lseek(fd, off_t(offset), whence)
    if r < 0 { throw OSErrors.fromErrno(errno) }
    return Int(r)
  }

  func truncate(_ size: Int?) throws(PyException) -> Int {
    try flushWrites()
    var target = 0
    if let size { target = size } else { target = try position() }
    dropReadAhead()
    if ftruncate(fd, off_t(target)) != 0 { throw OSErrors.fromErrno(errno) }
    return target
  }

  func close() throws(PyException) {
    guard !closed else { return }
    defer {
      closed = true
      if closeFD && !isStandardStream { Glibc.close(fd) }
    }
    try flushWrites()
  }
}

/// Files still open, weakly, so that their buffers reach the disk when
/// the program ends (CPython flushes them as the objects are finalized).
enum OpenFiles {
  private struct Weak { weak var file: PyFile? }
  private static let lock = NSLock()
  nonisolated(unsafe) private static var files: [Weak] = []

  static func add(_ file: PyFile) {
    lock.lock()
    defer { lock.unlock() }
    if files.count >= 64 && files.count.isMultiple(of: 64) { files.removeAll { $0.file == nil } }
    files.append(Weak(file: file))
  }

  static func flushAll() {
    lock.lock()
    let open = files.compactMap { $0.file }
    lock.unlock()
    for f in open where !f.closed { f.flushQuietly() }
  }
}
