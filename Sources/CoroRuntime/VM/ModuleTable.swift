/// `sys.modules`: the dict itself is the record of imported modules, so
/// that programs can look in it, add to it and delete from it (forcing a
/// fresh import) as in CPython. Swift code reads and writes it by name.
final class ModuleTable {
  let dict = PyDict()
  /// Names of the modules whose code is running right now (CPython's
  /// `__spec__._initializing`), for the circular-import message.
  var initializing: Set<String> = []

  subscript(name: String) -> PyModule? {
    get { dict.getString(name)?.as(PyModule.self) }
    set {
      if let newValue {
        dict.setString(name, .object(newValue))
      } else {
        _ = dict.removeString(PyStr(name))
      }
    }
  }

  /// The entry for `name`, whatever object it is.
  func entry(_ name: String) -> Value? { dict.getString(name) }
}

extension Interpreter {
  /// `sys.stdout` when the program replaced it (`redirect_stdout`, or an
  /// assignment); nil while it is the interpreter's own stream.
  var replacedStdout: Value? {
    guard let sys = modules["sys"], let out = sys.dict.getString("stdout") else { return nil }
    if let s = out.as(PyTextStream.self), s.stream === stdout { return nil }
    return out
  }
}
