/// The attributes OSError parses from its arguments: a missing one is nil
/// (CPython's NULL), which reads as None.
struct OSErrorFields {
  var errno: Value?
  var strerror: Value?
  var filename: Value?
  var filename2: Value?
}

/// OSError's arguments and text, as CPython's Objects/exceptions.c:
/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])` sets the
/// attributes, keeps only `(errno, strerror)` in `args` when a filename is
/// given, prints `[Errno 2] No such file or directory: 'a.txt'`, and
/// `OSError(2, ...)` itself makes the subclass for that errno
/// (FileNotFoundError).
extension BuiltinTypes {
  /// The OSError subclass CPython's errnomap gives each errno (Linux values).
  private static let errnoSubclasses: [Int: PyType] = [
    1: permissionError, 2: fileNotFoundError, 3: processLookupError, 4: interruptedError,
    10: childProcessError, 11: blockingIOError, 13: permissionError, 17: fileExistsError,
    20: notADirectoryError, 21: isADirectoryError, 32: brokenPipeError,
    103: connectionAbortedError, 104: connectionResetError, 108: brokenPipeError,
    110: timeoutError, 111: connectionRefusedError, 114: blockingIOError, 115: blockingIOError,
  ]

  /// The class `OSError(errno, ...)` makes: the errno's subclass when
  /// called on OSError itself with an int errno.
  static func osErrorClass(_ type: PyType, _ args: [Value]) -> PyType {
    guard type === osError, (2...5).contains(args.count), case .int(let n) = args[0] else {
      return type
    }
    return errnoSubclasses[n] ?? type
  }

  /// Sets an exception's `args`, and for the OSError family the
  /// attributes parsed from them (OSError's `oserror_init`).
  static func setExceptionArgs(_ e: PyException, _ args: [Value]) {
    guard e.isInstance(of: osError) else {
      e.args = args
      return
    }
    var fields = OSErrorFields()
    var kept = args
    if (2...5).contains(args.count) {
      fields.errno = args[0]
      fields.strerror = args[1]
      if args.count >= 3, !args[2].isNone {
        fields.filename = args[2]
        if args.count == 5, !args[4].isNone { fields.filename2 = args[4] }
        kept = Array(args[0..<2])
      }
    }
    e.osFields = fields
    e.args = kept
  }

  /// `str(e)` of an OSError with an errno and strerror or a filename; nil
  /// when BaseException's text applies.
  static func osErrorText(_ vm: VM, _ e: PyException) throws(PyException) -> String? {
    guard let f = e.osFields else { return nil }
    let errno = try vm.str(f.errno ?? .none)
    let strerror = try vm.str(f.strerror ?? .none)
    if let filename = f.filename {
      if let filename2 = f.filename2 {
        return "[Errno \(errno)] \(strerror): \(try vm.repr(filename)) -> \(try vm.repr(filename2))"
      }
      return "[Errno \(errno)] \(strerror): \(try vm.repr(filename))"
    }
    if f.errno != nil && f.strerror != nil { return "[Errno \(errno)] \(strerror)" }
    return nil
  }

  static func installOSError() {
    let fields: [(String, WritableKeyPath<OSErrorFields, Value?>)] = [
      ("errno", \.errno), ("strerror", \.strerror), ("filename", \.filename),
      ("filename2", \.filename2),
    ]
    for (name, path) in fields {
      osError.addGetter(name, { (vm: VM, v: Value) throws(PyException) -> Value in
        v.as(PyException.self)?.osFields?[keyPath: path] ?? .none
      }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
        guard let e = v.as(PyException.self) else { return }
        var f = e.osFields ?? OSErrorFields()
        f[keyPath: path] = new
        e.osFields = f
      })
    }
    osError.addMethod("__str__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("__str__")
      guard let e = v.as(PyException.self) else { return .str("") }
      if let text = try osErrorText(vm, e) { return .str(text) }
      switch e.args.count {
      case 0: return .str("")
      case 1: return .str(try vm.str(e.args[0]))
      default: return .str(try vm.repr(.tuple(e.args)))
      }
    }
  }
}
