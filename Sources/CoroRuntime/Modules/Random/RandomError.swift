// The error every function in this folder throws: a Python exception class
// and its exact CPython 3.11 message, for the runtime to turn into a Python
// exception object.

/// A Python exception raised by the random module's algorithms.
///
/// The runtime maps `kind` to its exception class and uses `message` as the
/// single argument, so `str(exc)` matches CPython byte for byte.
struct RandomError: Error, Equatable, CustomStringConvertible {
  /// The Python exception class the error stands for.
  enum Kind: String, Equatable {
    case valueError = "ValueError"
    case typeError = "TypeError"
    case indexError = "IndexError"
    case overflowError = "OverflowError"
    case zeroDivisionError = "ZeroDivisionError"
    case memoryError = "MemoryError"
  }

  /// The exception class.
  let kind: Kind
  /// The exception message, exactly as CPython 3.11 words it.
  let message: String

  /// Creates an error of the given class with the given message.
  init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// The Python exception class name, e.g. `"ValueError"`.
  var exceptionName: String { kind.rawValue }

  /// `ValueError: message`, the way a traceback's last line reads.
  var description: String {
    message.isEmpty ? kind.rawValue : "\(kind.rawValue): \(message)"
  }

  static func valueError(_ message: String) -> RandomError {
    RandomError(.valueError, message)
  }

  static func typeError(_ message: String) -> RandomError {
    RandomError(.typeError, message)
  }

  static func indexError(_ message: String) -> RandomError {
    RandomError(.indexError, message)
  }

  static func overflowError(_ message: String) -> RandomError {
    RandomError(.overflowError, message)
  }

  static func zeroDivisionError(_ message: String) -> RandomError {
    RandomError(.zeroDivisionError, message)
  }

  /// What CPython raises when a result cannot be allocated: a `MemoryError`
  /// without a message.
  static let memoryError = RandomError(.memoryError, "")

  /// The most elements (or bits / 64) a single call agrees to produce; past
  /// it the call throws `memoryError` instead of trying, where CPython would
  /// try and exhaust the machine first.
  static let maxResultCount = 1 << 28

  /// `OverflowError` for a Python int that does not fit a C `Py_ssize_t`,
  /// e.g. `len(range(2**63))` or `itertools.repeat(None, 2**70)`.
  static let ssizeOverflow = RandomError.overflowError(
    "Python int too large to convert to C ssize_t")
  /// `OverflowError` for a Python int that does not fit a C `int`, e.g.
  /// `getrandbits(2**31)`.
  static let cIntOverflow = RandomError.overflowError(
    "Python int too large to convert to C int")
  /// `OverflowError` for an int too large for a float, e.g. `uniform(0, 10**400)`.
  static let intTooLargeForFloat = RandomError.overflowError(
    "int too large to convert to float")
}
