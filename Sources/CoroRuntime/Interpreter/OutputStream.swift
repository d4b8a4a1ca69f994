import Foundation

/// Where `print` and tracebacks go: a file descriptor with a buffer, or a
/// string (the in-process golden test runner captures both streams).
///
/// Like CPython's `sys.stdout`, output to a terminal is flushed at each
/// newline and output to a pipe or file is flushed when the buffer fills or
/// the program ends; stderr is flushed at every write, after flushing
/// stdout so that the two interleave as a reader expects.
public final class OutputStream: @unchecked Sendable {
  private let fd: Int32?
  private var buffer: [UInt8] = []
  private let lineBuffered: Bool
  private let unbuffered: Bool
  private let lock = NSLock()
  /// Captured text, when writing to a string.
  private var captured: [UInt8] = []
  /// Flushed before this stream writes (stdout, for stderr).
  weak var flushFirst: OutputStream?

  /// A stream writing to `fd`.
  public init(fd: Int32, unbuffered: Bool = false) {
    self.fd = fd
    self.unbuffered = unbuffered
    lineBuffered = isatty(fd) != 0
    buffer.reserveCapacity(1 << 16)
  }

  /// A stream that collects what is written.
  public init(capturing: Void = ()) {
    fd = nil
    unbuffered = false
    lineBuffered = false
  }

  /// Everything written so far (capturing streams only).
  public var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: captured, as: UTF8.self)
  }

  public func write(_ s: String) {
    lock.lock()
    defer { lock.unlock() }
    guard fd != nil else {
      captured.append(contentsOf: s.utf8)
      return
    }
    if unbuffered, let first = flushFirst { first.flush() }
    buffer.append(contentsOf: s.utf8)
    if unbuffered || buffer.count >= 1 << 16 || (lineBuffered && s.utf8.contains(10)) {
      flushLocked()
    }
  }

  public func flush() {
    lock.lock()
    defer { lock.unlock() }
    flushLocked()
  }

  private func flushLocked() {
    guard let fd, !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count, let base = raw.baseAddress {
        let n = Glibc.write(fd, base + offset, raw.count - offset)
        if n <= 0 {
          if n < 0 && errno == EINTR { continue }
          break
        }
        offset += n
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
