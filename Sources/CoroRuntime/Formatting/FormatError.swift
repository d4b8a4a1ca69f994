// The error every function in this folder throws: a Python exception class
// and its exact CPython message, for the runtime to turn into a Python
// exception object.

/// A Python exception that a formatting, parsing or numeric helper raises.
///
/// The runtime maps `kind` to its exception class and uses `message` as the
/// single argument, so `str(exc)` matches CPython byte for byte.
struct FormatError: Error, Equatable, CustomStringConvertible {
  /// The Python exception class the error stands for.
  enum Kind: String, Equatable {
    case valueError = "ValueError"
    case overflowError = "OverflowError"
    case typeError = "TypeError"
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

  static func valueError(_ message: String) -> FormatError {
    FormatError(.valueError, message)
  }

  static func overflowError(_ message: String) -> FormatError {
    FormatError(.overflowError, message)
  }

  static func typeError(_ message: String) -> FormatError {
    FormatError(.typeError, message)
  }

  static func zeroDivisionError(_ message: String) -> FormatError {
    FormatError(.zeroDivisionError, message)
  }

  /// What CPython raises when a result string cannot be allocated: a
  /// `MemoryError` without a message.
  static let memoryError = FormatError(.memoryError, "")

  /// The largest result, in characters, that the formatters agree to build;
  /// past it they throw `memoryError` instead of trying (CPython would try and
  /// fail, or exhaust the machine).
  static let maxResultLength = 1 << 28
}
