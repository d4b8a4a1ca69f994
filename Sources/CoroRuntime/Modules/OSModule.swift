import Foundation

/// `os` and `os.path`: the system calls are Swift natives raising
/// CPython's OSError subclasses (`[Errno 2] No such file or directory:
/// 'x'`); the rest (`makedirs`, `walk`, `stat_result`, the path algebra)
/// is Python in OSPrelude.swift.
enum OSModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    try PreludeModule.make(vm, name: "os", source: OSPrelude.osSource, natives: natives)
  }

  static func makePath(_ vm: VM) throws(PyException) -> PyModule {
    try PreludeModule.make(vm, name: "os.path", source: OSPrelude.pathSource, natives: [
      ("_stat", stat), ("getcwd", getcwd), ("_realpath", realpath),
    ])
  }

  /// A path argument of `function`, with its message for other types.
  static func path(_ vm: VM, _ v: Value, _ function: String) throws(PyException) -> String {
    do throws(PyException) {
      return try FileTypes.pathArgument(vm, v)
    } catch {
      throw PyException.typeError(
        "\(function): path should be string, bytes or os.PathLike, not \(v.typeName)")
    }
  }

  /// The file name an error shows: str and bytes as given, else the path.
  static func shown(_ v: Value, _ path: String) -> Value {
    v.asStr != nil || v.as(PyBytes.self) != nil ? v : .str(path)
  }

  /// Runs a system call returning 0 on success, raising OSError otherwise.
  static func check(_ result: Int32, _ filename: Value, _ filename2: Value? = nil) throws(PyException) {
    if result != 0 { throw OSErrors.fromErrno(errno, filename: filename, filename2: filename2) }
  }

  private static func onePath(
    _ name: String, _ body: @escaping (String) -> Int32
  ) -> (String, PyBuiltinFunction.Function) {
    (name, { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.bind(name, ["path"], required: 1)
      let target = a[0] ?? .none
      let p = try path(vm, target, name)
      try check(body(p), shown(target, p))
      return .none
    })
  }

  private static func twoPaths(
    _ name: String, _ body: @escaping (String, String) -> Int32
  ) -> (String, PyBuiltinFunction.Function) {
    (name, { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.bind(name, ["src", "dst"], required: 2)
      let src = a[0] ?? .none, dst = a[1] ?? .none
      let s = try path(vm, src, name), d = try path(vm, dst, name)
      try check(body(s, d), shown(src, s), shown(dst, d))
      return .none
    })
  }

  static let stat: PyBuiltinFunction.Function = { (vm: VM, args: Args) throws(PyException) -> Value in
    let a = try args.positional("_stat", 1, 2)
    let follow = a.count < 2 ? true : try vm.isTrue(a[1])
    let p = try path(vm, a[0], "stat")
    var info = Glibc.stat()
    try check(statPath(p, &info, follow: follow), shown(a[0], p))
    func time(_ t: timespec) -> Value { .float(Double(t.tv_sec) + Double(t.tv_nsec) / 1e9) }
    return .tuple([
      .int(Int(info.st_mode)), .int(Int(info.st_ino)), .int(Int(info.st_dev)), .int(Int(info.st_nlink)),
      .int(Int(info.st_uid)), .int(Int(info.st_gid)), .int(Int(info.st_size)),
      time(info.st_atim), time(info.st_mtim), time(info.st_ctim),
    ])
  }

  static let getcwd: PyBuiltinFunction.Function = { (vm: VM, args: Args) throws(PyException) -> Value in
    try args.none("getcwd")
    return .str(FileManager.default.currentDirectoryPath)
  }

  static let realpath: PyBuiltinFunction.Function = { (vm: VM, args: Args) throws(PyException) -> Value in
    let p = try path(vm, try args.one("_realpath"), "realpath")
    guard let resolved = Glibc.realpath(p, nil) else { return .none }
    defer { free(resolved) }
    return .str(String(cString: resolved))
  }

  static var natives: [(String, PyBuiltinFunction.Function)] {
    [
      ("cpu_count", { (vm: VM, args: Args) throws(PyException) -> Value in
        .int(ProcessInfo.processInfo.activeProcessorCount)
      }),
      ("getpid", { (vm: VM, args: Args) throws(PyException) -> Value in
        .int(Int(getpid()))
      }),
      ("getppid", { (vm: VM, args: Args) throws(PyException) -> Value in
        .int(Int(getppid()))
      }),
      ("getcwd", getcwd),
      ("_stat", stat),
      ("_realpath", realpath),
      ("listdir", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.bind("listdir", ["path"])
        let target = a[0] ?? .none
        let p = target.isNone ? "." : try path(vm, target, "listdir")
        guard let dir = opendir(p) else { throw OSErrors.fromErrno(errno, filename: target.isNone ? .str(".") : target) }
        defer { closedir(dir) }
        var names: [Value] = []
        while let entry = readdir(dir) {
          let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
          }
          if name == "." || name == ".." { continue }
          names.append(.str(name))
        }
        return .object(PyList(names))
      }),
      ("mkdir", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.bind("mkdir", ["path", "mode"], required: 1)
        let target = a[0] ?? .none
        let mode = try a[1].map { v throws(PyException) -> Int in try vm.intArgument(v) } ?? 0o777
        let p = try path(vm, target, "mkdir")
        try check(Glibc.mkdir(p, mode_t(mode)), shown(target, p))
        return .none
      }),
      onePath("rmdir") { Glibc.rmdir($0) },
      onePath("remove") { Glibc.unlink($0) },
      onePath("unlink") { Glibc.unlink($0) },
      onePath("chdir") { Glibc.chdir($0) },
      twoPaths("rename") { Glibc.rename($0, $1) },
      twoPaths("replace") { Glibc.rename($0, $1) },
      ("_environ", { (vm: VM, args: Args) throws(PyException) -> Value in
        let environ = PyDict()
        for (k, v) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) {
          environ.setString(k, .str(v))
        }
        return .object(environ)
      }),
      ("putenv", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("putenv", 2, 2)
        guard let k = a[0].asStr, let v = a[1].asStr else {
          throw PyException.typeError("str expected, not \((a[0].asStr == nil ? a[0] : a[1]).typeName)")
        }
        setenv(k.value, v.value, 1)
        return .none
      }),
      ("unsetenv", { (vm: VM, args: Args) throws(PyException) -> Value in
        guard let k = try args.one("unsetenv").asStr else { throw PyException.typeError("str expected") }
        Glibc.unsetenv(k.value)
        return .none
      }),
      ("urandom", { (vm: VM, args: Args) throws(PyException) -> Value in
        let n = try vm.intArgument(try args.one("urandom"))
        if n < 0 { throw PyException.valueError("negative argument not allowed") }
        return .object(PyBytes((0..<n).map { _ in UInt8.random(in: 0...255) }))
      }),
    ]
  }
}

/// stat(2) or lstat(2) (outside OSModule, whose `stat` is the native).
private func statPath(_ path: String, _ info: inout Glibc.stat, follow: Bool) -> Int32 {
  follow ? stat(path, &info) : lstat(path, &info)
}
