/// `sys.stdin` (a text file on descriptor 0) and the file methods
/// `sys.stdout`/`sys.stderr` lack beyond `write` and `flush`.
enum StandardStreams {
  static func stdin() -> PyFile {
    FileTypes.installOnce()
    let f = PyFile(
      kind: .text, fd: 0, name: .str("<stdin>"), mode: "r", canRead: true, canWrite: false,
      appending: false, closeFD: false, encoding: "utf-8", codec: "utf-8")
    f.isStandardStream = true
    return f
  }

  /// Extra methods of `sys.stdout` and `sys.stderr` (PyTextStream).
  static func installStreamMethods() {
    let t = BuiltinTypes.textIO
    t.addMethod("writelines") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let lines = try args.one("writelines")
      guard let stream = v.as(PyTextStream.self) else { return .none }
      for line in try vm.iterate(lines) {
        guard let s = line.asStr else {
          throw PyException.typeError("write() argument must be str, not \(line.typeName)")
        }
        stream.stream.write(s.value)
      }
      return .none
    }
    t.addMethod("isatty") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .bool(false)
    }
    t.addMethod("fileno") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .int(v.as(PyTextStream.self)?.name == "<stderr>" ? 2 : 1)
    }
    t.addMethod("readable") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in .bool(false) }
    t.addMethod("writable") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in .bool(true) }
    t.addMethod("seekable") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in .bool(false) }
    t.addMethod("__repr__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let name = v.as(PyTextStream.self)?.name ?? "<stdout>"
      return .str("<_io.TextIOWrapper name='\(name)' mode='w' encoding='utf-8'>")
    }
    t.addGetter("name") { (vm: VM, v: Value) throws(PyException) -> Value in
      .str(v.as(PyTextStream.self)?.name ?? "<stdout>")
    }
    t.addGetter("encoding") { (vm: VM, v: Value) throws(PyException) -> Value in .str("utf-8") }
    t.addGetter("errors") { (vm: VM, v: Value) throws(PyException) -> Value in .str("strict") }
    t.addGetter("mode") { (vm: VM, v: Value) throws(PyException) -> Value in .str("w") }
    t.addGetter("closed") { (vm: VM, v: Value) throws(PyException) -> Value in .bool(false) }
    t.addGetter("line_buffering") { (vm: VM, v: Value) throws(PyException) -> Value in .bool(false) }
  }
}
