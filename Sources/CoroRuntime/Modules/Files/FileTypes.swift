import Foundation

/// The `_io` types of file objects and `io.UnsupportedOperation`.
enum FileTypes {
  static let ioBase = PyType(builtin: "_io._IOBase", base: BuiltinTypes.object)
  static let rawIOBase = PyType(builtin: "_io._RawIOBase", base: ioBase)
  static let bufferedIOBase = PyType(builtin: "_io._BufferedIOBase", base: ioBase)
  static let textIOBase = PyType(builtin: "_io._TextIOBase", base: ioBase)
  static let fileIO = PyType(builtin: "_io.FileIO", base: rawIOBase)
  static let bufferedReader = PyType(builtin: "_io.BufferedReader", base: bufferedIOBase)
  static let bufferedWriter = PyType(builtin: "_io.BufferedWriter", base: bufferedIOBase)
  static let bufferedRandom = PyType(builtin: "_io.BufferedRandom", base: bufferedIOBase)
  static let textIOWrapper = PyType(builtin: "_io.TextIOWrapper", base: textIOBase)

  /// `io.UnsupportedOperation(OSError, ValueError)`.
  static let unsupportedOperation: PyType = {
    let t = PyType(
      name: "UnsupportedOperation", qualifiedName: "UnsupportedOperation", module: "io",
      bases: [BuiltinTypes.osError, BuiltinTypes.valueError], dict: PyDict(),
      mro: [
        BuiltinTypes.osError, BuiltinTypes.valueError, BuiltinTypes.exception,
        BuiltinTypes.baseException, BuiltinTypes.object,
      ])
    t.dict.setString("__module__", .str("io"))
    return t
  }()

  static func unsupported(_ message: String) -> PyException {
    let e = PyException(type: unsupportedOperation, args: [.str(message)])
    BuiltinTypes.setExceptionArgs(e, [.str(message)])
    return e
  }

  private static let lock = NSLock()
  nonisolated(unsafe) private static var installed = false

  /// Installs the file methods once per process.
  static func installOnce() {
    lock.lock()
    defer { lock.unlock() }
    guard !installed else { return }
    installed = true
    installFileMethods()
    installFileAttributes()
    StandardStreams.installStreamMethods()
  }
}

/// OSError and its subclasses made from an errno, as CPython's
/// `PyErr_SetFromErrnoWithFilenameObject`.
enum OSErrors {
  static func fromErrno(_ code: Int32, filename: Value? = nil, filename2: Value? = nil) -> PyException {
    let message = String(cString: strerror(code))
    var args: [Value] = [.int(Int(code)), .str(message)]
    if let filename {
      args.append(filename)
      if let filename2 {
        args.append(.none)
        args.append(filename2)
      }
    }
    let type = BuiltinTypes.osErrorClass(BuiltinTypes.osError, args)
    let e = PyException(type: type, args: args)
    BuiltinTypes.setExceptionArgs(e, args)
    return e
  }
}
