import Foundation

/// The methods of file objects (`read`, `readline`, `write`, `seek`...),
/// with CPython's checks and messages for each kind of file.
extension FileTypes {
  static func file(_ v: Value, _ method: String) throws(PyException) -> PyFile {
    guard let f = v.as(PyFile.self) else {
      throw PyException.typeError(
        "descriptor '\(method)' requires a '_io._IOBase' object but received a '\(v.typeName)'")
    }
    return f
  }

  /// A size argument: an int, or None/negative for "all".
  static func sizeArgument(_ vm: VM, _ args: Args, _ name: String) throws(PyException) -> Int? {
    let a = try args.positional(name, 0, 1)
    guard let v = a.first, !v.isNone else { return nil }
    guard let n = try vm.index(v) else {
      throw PyException.typeError("argument should be integer or None, not '\(v.typeName)'")
    }
    return n < 0 ? nil : n
  }

  /// The closed-file check, in the wording of each kind for `operation`.
  static func checkOpen(_ f: PyFile, _ operation: String) throws(PyException) {
    guard f.closed else { return }
    if f.isText { throw PyException.valueError("I/O operation on closed file.") }
    switch operation {
    case "read", "readline", "seek", "flush": throw PyException.valueError("\(operation) of closed file")
    case "write": throw PyException.valueError("write to closed file")
    default: throw PyException.valueError("I/O operation on closed file.")
    }
  }

  static func installFileMethods() {
    let t = ioBase
    t.addMethod("read") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "read")
      let n = try sizeArgument(vm, args, "read")
      if !f.isText && !f.canRead { throw unsupported(f.kind == .raw ? "File not open for reading" : "read") }
      try checkOpen(f, "read")
      try f.checkReadable()
      if f.isText { return .str(try f.readText(n, vm)) }
      return .object(PyBytes(try f.readBytes(n)))
    }
    t.addMethod("readline") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "readline")
      let n = try sizeArgument(vm, args, "readline")
      if !f.isText && !f.canRead { throw unsupported(f.kind == .raw ? "File not open for reading" : "read") }
      try checkOpen(f, "readline")
      try f.checkReadable()
      if f.isText { return .str(try f.readTextLine(n, vm)) }
      return .object(PyBytes(try f.readByteLine(n)))
    }
    t.addMethod("readlines") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "readlines")
      let hint = try sizeArgument(vm, args, "readlines")
      try checkOpen(f, "readlines")
      try f.checkReadable()
      var lines: [Value] = []
      var total = 0
      while true {
        let line: Value
        let length: Int
        if f.isText {
          let s = try f.readTextLine(nil, vm)
          length = s.unicodeScalars.count
          line = .str(s)
        } else {
          let b = try f.readByteLine(nil)
          length = b.count
          line = .object(PyBytes(b))
        }
        if length == 0 { break }
        lines.append(line)
        total += length
        if let hint, hint > 0, total >= hint { break }
      }
      return .object(PyList(lines))
    }
    t.addMethod("write") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "write")
      let data = try args.one("write")
      return .int(try write(vm, f, data))
    }
    t.addMethod("writelines") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "writelines")
      let lines = try args.one("writelines")
      try checkOpen(f, "writelines")
      let it = try vm.getIterator(lines)
      while let line = try vm.nextValue(it) { _ = try write(vm, f, line) }
      return .none
    }
    t.addMethod("__iter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "__iter__")
      try f.checkOpen()
      return v
    }
    t.addMethod("__next__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "__next__")
      try f.checkOpen()
      if !f.isText && !f.canRead { throw unsupported(f.kind == .raw ? "File not open for reading" : "read") }
      try f.checkReadable()
      if f.isText {
        let s = try f.readTextLine(nil, vm)
        if s.isEmpty { throw PyException.stopIteration() }
        return .str(s)
      }
      let b = try f.readByteLine(nil)
      if b.isEmpty { throw PyException.stopIteration() }
      return .object(PyBytes(b))
    }
    t.addMethod("__enter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try file(v, "__enter__").checkOpen()
      return v
    }
    t.addMethod("__exit__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try file(v, "__exit__").close()
      return .none
    }
    t.addMethod("close") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("close")
      try file(v, "close").close()
      return .none
    }
    t.addMethod("flush") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "flush")
      try args.none("flush")
      try checkOpen(f, f.kind == .writer || f.kind == .random ? "flush" : "")
      try f.flushWrites()
      return .none
    }
    installPositionMethods(t)
  }

  /// `f.write(data)`: the count of characters or bytes written.
  static func write(_ vm: VM, _ f: PyFile, _ data: Value) throws(PyException) -> Int {
    if f.isText {
      guard let s = data.asStr else {
        throw PyException.typeError("write() argument must be str, not \(data.typeName)")
      }
      try f.checkOpen()
      try f.checkWritable()
      return try f.writeText(s, vm)
    }
    if !f.canWrite { throw unsupported(f.kind == .raw ? "File not open for writing" : "write") }
    guard let bytes = vm.bytesLike(data) else {
      throw PyException.typeError("a bytes-like object is required, not '\(data.typeName)'")
    }
    try checkOpen(f, "write")
    try f.bufferWrite(bytes)
    return bytes.count
  }

  private static func installPositionMethods(_ t: PyType) {
    t.addMethod("seek") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "seek")
      let a = try args.positional("seek", 1, 2)
      let offset = try vm.intArgument(a[0])
      let whence = a.count > 1 ? try vm.intArgument(a[1]) : 0
      try checkOpen(f, "seek")
      if f.isText {
        switch whence {
        case 0:
          if offset < 0 { throw PyException.valueError("negative seek position \(offset)") }
        case 1:
          if offset != 0 { throw unsupported("can't do nonzero cur-relative seeks") }
          return .int(try f.position())
        case 2:
          if offset != 0 { throw unsupported("can't do nonzero end-relative seeks") }
        default:
          throw PyException.valueError("invalid whence (\(whence), should be 0, 1 or 2)")
        }
      } else if !(0...2).contains(whence) {
        throw PyException.valueError("whence value \(whence) unsupported")
      }
      if whence == 1 { return .int(try f.seek(try f.position() + offset, SEEK_SET)) }
      return .int(try f.seek(offset, Int32(whence)))
    }
    t.addMethod("tell") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "tell")
      try args.none("tell")
      try f.checkOpen(f.isText ? "I/O operation on closed file." : "I/O operation on closed file")
      return .int(try f.position())
    }
    t.addMethod("truncate") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "truncate")
      let a = try args.positional("truncate", 0, 1)
      try f.checkOpen()
      if !f.canWrite { throw unsupported(f.kind == .raw ? "File not open for writing" : "truncate") }
      let size = try a.first.flatMap { v throws(PyException) -> Int? in
        v.isNone ? nil : try vm.intArgument(v)
      }
      return .int(try f.truncate(size))
    }
    t.addMethod("fileno") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "fileno")
      try f.checkOpen("I/O operation on closed file")
      return .int(Int(f.fd))
    }
    t.addMethod("isatty") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "isatty")
      try f.checkOpen("I/O operation on closed file")
      return .bool(isatty(f.fd) != 0)
    }
    for (name, pick) in [("readable", \PyFile.canRead), ("writable", \PyFile.canWrite)] {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let f = try file(v, name)
        try f.checkOpen("I/O operation on closed file")
        return .bool(f[keyPath: pick])
      }
    }
    t.addMethod("seekable") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let f = try file(v, "seekable")
      try f.checkOpen("I/O operation on closed file")
      return .bool(lseek(f.fd, 0, SEEK_CUR) >= 0)
    }
  }
}
