/// One line of a traceback: where a frame was when the exception passed
/// through it.
struct TracebackEntry {
  let code: PyCode
  /// The index of the instruction that raised or was calling.
  let instruction: Int
  /// The frame's globals, for NameError's "Did you mean" suggestions.
  let globals: PyDict
  /// The frame itself, kept alive with its locals as long as the
  /// traceback is (CPython's tb_frame): objects a failed frame held are
  /// freed when the exception is, not while it propagates, which decides
  /// when and where a dropped coroutine's "never awaited" warning appears.
  let frame: Frame

  var line: Int { code.object.line(at: instruction) }
}

/// An exception instance: of a builtin exception type or of a user class
/// derived from one.
///
/// Python exceptions travel through Swift as this type via typed throws
/// (`throws(PyException)`), so a Swift builtin raises `ValueError` with
/// `throw PyException.valueError("...")` and the VM catches it at the
/// instruction boundary. The traceback grows as the exception passes
/// outward through frames: innermost entry first, printed in reverse.
final class PyException: PyObject, Error {
  let exceptionType: PyType
  var args: [Value]
  var traceback: [TracebackEntry] = []
  /// `__cause__`, set by `raise ... from ...`.
  var cause: PyException?
  /// `__context__`: the exception being handled when this one was raised.
  var context: PyException?
  /// `__suppress_context__`, true after `raise ... from ...`.
  var suppressContext = false
  /// `__notes__` and any other attributes set on the instance.
  private(set) var attributes: PyDict?
  /// A BaseExceptionGroup's `message` and `exceptions` (nil for other
  /// exceptions); see Builtins/ExceptionGroupSetup.swift.
  var group: (message: Value, exceptions: PyTuple)?
  /// OSError's `errno`, `strerror`, `filename` and `filename2` (nil for
  /// other exceptions); see Builtins/OSErrorSetup.swift.
  var osFields: OSErrorFields?

  init(type: PyType, args: [Value]) {
    exceptionType = type
    self.args = args
  }

  convenience init(type: PyType, message: String) {
    self.init(type: type, args: [.str(message)])
  }

  override var type: PyType { exceptionType }

  var attributeDict: PyDict {
    if let d = attributes { return d }
    let d = PyDict()
    attributes = d
    return d
  }

  override var instanceDict: PyDict? { attributeDict }

  func isInstance(of t: PyType) -> Bool {
    exceptionType.isSubtype(of: t)
  }

  /// `__traceback__`-style bookkeeping: record that the exception passed
  /// through `code` at `instruction`.
  func addTraceback(_ frame: Frame) {
    traceback.append(
      TracebackEntry(code: frame.code, instruction: frame.currentInstruction, globals: frame.globals, frame: frame))
  }
}
