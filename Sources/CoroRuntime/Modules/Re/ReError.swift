/// Why a pattern (or a replacement template) cannot be compiled.
///
/// `syntax` becomes `re.error` with sre's message and position; the other
/// cases are the OverflowError, ValueError and TypeError that `re.compile`
/// raises for repeat counts and flag combinations.
enum ReCompileError: Error {
  case syntax(String, Int?)
  case overflow(String)
  case value(String)
  case type(String)
  /// `IndexError` (an unknown group name in a replacement template).
  case index(String)

  /// The Python exception; `pattern` is the pattern (or template) text,
  /// stored on `re.error` for its `pattern`, `lineno` and `colno`.
  func exception(pattern: Value) -> PyException {
    switch self {
    case .syntax(let message, let position):
      return ReErrorType.make(message, pattern: position == nil ? .none : pattern, position: position)
    case .overflow(let message): return PyException.overflowError(message)
    case .value(let message): return PyException.valueError(message)
    case .type(let message): return PyException.typeError(message)
    case .index(let message): return PyException.indexError(message)
    }
  }
}

/// `re.error`: an Exception with `msg`, `pattern`, `pos`, `lineno` and
/// `colno`, whose text appends "at position N" (and the line and column
/// when the pattern has several lines).
enum ReErrorType {
  static let type: PyType = {
    let t = PyType(builtin: "error", base: BuiltinTypes.exception, layout: .exception)
    t.module = "re"
    t.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let e = PyException(type: type, args: [])
      try initialize(vm, e, args)
      return .object(e)
    }
    t.addMethod("__init__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      if let e = v.as(PyException.self) { try initialize(vm, e, args) }
      return .none
    }
    return t
  }()

  /// `error.__init__(msg, pattern=None, pos=None)`.
  private static func initialize(_ vm: VM, _ e: PyException, _ args: Args) throws(PyException) {
    let b = try args.bind("error", ["msg", "pattern", "pos"], required: 1)
    let msg = b[0] ?? .none
    let pattern = b[1] ?? .none
    let pos = b[2] ?? .none
    var position: Int?
    if !pos.isNone { position = try vm.intArgument(pos) }
    fill(e, msg: msg, text: try vm.str(msg), pattern: pattern, position: position)
  }

  /// A new `re.error`.
  static func make(_ message: String, pattern: Value, position: Int?) -> PyException {
    let e = PyException(type: type, args: [])
    fill(e, msg: .str(message), text: message, pattern: pattern, position: position)
    return e
  }

  private static func fill(_ e: PyException, msg: Value, text: String, pattern: Value, position: Int?) {
    var full = text
    var line = Value.none
    var column = Value.none
    if let position, !pattern.isNone, let units = ReSubject.units(of: pattern) {
      full += " at position \(position)"
      let newline: UInt32 = 10
      let end = min(position, units.count)
      var lineNumber = 1
      var lastNewline = -1
      for i in 0..<max(end, 0) where units[i] == newline {
        lineNumber += 1
        lastNewline = i
      }
      line = .int(lineNumber)
      column = .int(position - lastNewline)
      if units.contains(newline) { full += " (line \(lineNumber), column \(position - lastNewline))" }
    }
    e.args = [.str(full)]
    let d = e.attributeDict
    d.setString("msg", msg)
    d.setString("pattern", pattern)
    d.setString("pos", position.map { .int($0) } ?? .none)
    d.setString("lineno", line)
    d.setString("colno", column)
  }
}
