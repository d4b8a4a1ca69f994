import Foundation

extension PyFile: PyReprCustomizable {
  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    let typeName = type.name
    switch kind {
    case .text:
      return "<\(typeName) name=\(try vm.repr(name)) mode=\(try vm.repr(.str(mode))) "
        + "encoding=\(try vm.repr(.str(encoding)))>"
    case .raw:
      if closed { return "<\(typeName) [closed]>" }
      return "<\(typeName) name=\(try vm.repr(name)) mode='\(rawMode)' closefd=\(closeFD ? "True" : "False")>"
    default:
      return "<\(typeName) name=\(try vm.repr(name))>"
    }
  }

  /// FileIO's mode: `rb`, `wb`, `ab`, `xb`, with `+` for updating.
  var rawMode: String {
    let plus = canRead && canWrite
    if appending { return plus ? "ab+" : "ab" }
    if mode.contains("x") { return plus ? "xb+" : "xb" }
    if mode.contains("r") { return plus ? "rb+" : "rb" }
    return plus ? "wb+" : "wb"
  }
}

extension FileTypes {
  static func installFileAttributes() {
    ioBase.addGetter("closed") { (vm: VM, v: Value) throws(PyException) -> Value in
      .bool(try file(v, "closed").closed)
    }
    ioBase.addGetter("name") { (vm: VM, v: Value) throws(PyException) -> Value in
      try file(v, "name").name
    }
    ioBase.addGetter("mode") { (vm: VM, v: Value) throws(PyException) -> Value in
      let f = try file(v, "mode")
      return .str(f.isText ? f.mode : f.rawMode)
    }
    textIOWrapper.addGetter("encoding") { (vm: VM, v: Value) throws(PyException) -> Value in
      .str(try file(v, "encoding").encoding)
    }
    textIOWrapper.addGetter("errors") { (vm: VM, v: Value) throws(PyException) -> Value in
      .str(try file(v, "errors").errors)
    }
    textIOWrapper.addGetter("newlines") { (vm: VM, v: Value) throws(PyException) -> Value in
      .none
    }
    textIOWrapper.addGetter("line_buffering") { (vm: VM, v: Value) throws(PyException) -> Value in
      .bool(try file(v, "line_buffering").isStandardStream)
    }
    fileIO.addGetter("closefd") { (vm: VM, v: Value) throws(PyException) -> Value in
      .bool(try file(v, "closefd").closeFD)
    }
  }

  /// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
  /// newline=None, closefd=True, opener=None)`.
  static func open(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    installOnce()
    let a = try args.bind(
      "open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
      required: 1)
    let target = a[0] ?? .none
    let mode = try optionalString(a[1], "mode", allowNone: false) ?? "r"
    let buffering = try a[2].map { v throws(PyException) -> Int in try vm.intArgument(v) } ?? -1
    let encoding = try optionalString(a[3], "encoding")
    let errors = try optionalString(a[4], "errors")
    let newline = try optionalString(a[5], "newline")
    let closeFD = try a[6].map { v throws(PyException) -> Bool in try vm.isTrue(v) } ?? true

    var seen = Set<Character>()
    for c in mode {
      guard "rwxabt+".contains(c), !seen.contains(c) else {
        throw PyException.valueError("invalid mode: '\(mode)'")
      }
      seen.insert(c)
    }
    let reading = seen.contains("r"), writing = seen.contains("w")
    let appending = seen.contains("a"), creating = seen.contains("x")
    let updating = seen.contains("+"), binary = seen.contains("b")
    if seen.contains("t") && binary {
      throw PyException.valueError("can't have text and binary mode at once")
    }
    let modes = [reading, writing, appending, creating].filter { $0 }.count
    if modes > 1 { throw PyException.valueError("must have exactly one of create/read/write/append mode") }
    if modes == 0 {
      throw PyException.valueError(
        "Must have exactly one of create/read/write/append mode and at most one plus")
    }
    if binary && encoding != nil { throw PyException.valueError("binary mode doesn't take an encoding argument") }
    if binary && errors != nil { throw PyException.valueError("binary mode doesn't take an errors argument") }
    if binary && newline != nil { throw PyException.valueError("binary mode doesn't take a newline argument") }
    if let newline, !["", "\n", "\r", "\r\n"].contains(newline) {
      throw PyException.valueError("illegal newline value: \(newline)")
    }
    if !binary && buffering == 0 { throw PyException.valueError("can't have unbuffered text I/O") }

    var fd: Int32
    var shownName = target
    if case .int(let n) = target {
      fd = Int32(truncatingIfNeeded: n)
    } else {
      let path = try pathArgument(vm, target)
      if target.asStr == nil && target.as(PyBytes.self) == nil { shownName = .str(path) }
      var flags: Int32 = O_CLOEXEC
      if updating {
        flags |= O_RDWR
      } else {
        flags |= reading ? O_RDONLY : O_WRONLY
      }
      if writing { flags |= O_CREAT | O_TRUNC }
      if appending { flags |= O_CREAT | O_APPEND }
      if creating { flags |= O_CREAT | O_EXCL }
      fd = Glibc.open(path, flags, 0o666)
      if fd < 0 { throw OSErrors.fromErrno(errno, filename: shownName) }
      var info = stat()
      if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
        Glibc.close(fd)
        throw OSErrors.fromErrno(EISDIR, filename: shownName)
      }
      if appending { lseek(fd, 0, SEEK_END) }
    }
    let canRead = reading || updating
    let canWrite = !reading || updating
    if binary {
      let kind: PyFile.Kind = buffering == 0 ? .raw : updating ? .random : reading ? .reader : .writer
      return .object(PyFile(
        kind: kind, fd: fd, name: shownName, mode: mode, canRead: canRead, canWrite: canWrite,
        appending: appending, closeFD: closeFD))
    }
    let shown = encoding ?? "UTF-8"
    guard let codec = codecName(shown) else {
      if closeFD { Glibc.close(fd) }
      throw PyException(type: BuiltinTypes.lookupError, message: "unknown encoding: \(shown)")
    }
    return .object(PyFile(
      kind: .text, fd: fd, name: shownName, mode: mode, canRead: canRead, canWrite: canWrite,
      appending: appending, closeFD: closeFD, encoding: shown, codec: codec,
      errors: errors ?? "strict", newline: newline))
  }

  /// The codecs text files support.
  static func codecName(_ encoding: String) -> String? {
    let normalized = encoding.lowercased().replacingOccurrences(of: "-", with: "_")
    if normalized == "utf_8_sig" || normalized == "utf8_sig" { return "utf-8-sig" }
    return BytesCodec.codecName(encoding)
  }

  private static func optionalString(
    _ v: Value?, _ name: String, allowNone: Bool = true
  ) throws(PyException) -> String? {
    guard let v, !(allowNone && v.isNone) else { return nil }
    guard let s = v.asStr else {
      let expected = allowNone ? "str or None" : "str"
      throw PyException.typeError("open() argument '\(name)' must be \(expected), not \(v.typeName)")
    }
    return s.value
  }

  /// A path argument: str, bytes or an os.PathLike (`__fspath__`).
  static func pathArgument(_ vm: VM, _ v: Value) throws(PyException) -> String {
    if let s = v.asStr { return s.value }
    if let b = v.as(PyBytes.self) { return String(decoding: b.bytes, as: UTF8.self) }
    if case .object = v, let fspath = try vm.getAttributeIfPresent(v, PyStr.intern("__fspath__")) {
      let r = try vm.call(fspath, [])
      if let s = r.asStr { return s.value }
      if let b = r.as(PyBytes.self) { return String(decoding: b.bytes, as: UTF8.self) }
    }
    throw PyException.typeError("expected str, bytes or os.PathLike object, not \(v.typeName)")
  }
}
