import Foundation

/// `os` (the little of it tutorials touch): cpu_count, getpid, environ,
/// getcwd, and `os.path` basics.
enum OSModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    let m = ModuleRegistry.module("os", [
      ("cpu_count", { (vm: VM, args: Args) throws(PyException) -> Value in
        .int(ProcessInfo.processInfo.activeProcessorCount)
      }),
      ("getpid", { (vm: VM, args: Args) throws(PyException) -> Value in
        .int(Int(getpid()))
      }),
      ("getcwd", { (vm: VM, args: Args) throws(PyException) -> Value in
        .str(FileManager.default.currentDirectoryPath)
      }),
      ("getenv", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("getenv", 1, 2)
        guard let key = a[0].asStr else { throw PyException.typeError("str expected, not \(a[0].typeName)") }
        if let v = ProcessInfo.processInfo.environment[key.value] { return .str(v) }
        return a.count == 2 ? a[1] : .none
      }),
    ])
    let environ = PyDict()
    for (k, v) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) {
      environ.setString(k, .str(v))
    }
    m.dict.setString("environ", .object(environ))
    m.dict.setString("name", .str("posix"))
    m.dict.setString("sep", .str("/"))
    m.dict.setString("linesep", .str("\n"))
    let path = try PreludeModule.make(vm, name: "os.path", source: pathSource)
    m.dict.setString("path", .object(path))
    return m
  }

  static let pathSource = #"""
sep = "/"


def join(a, *p):
    path = a
    for b in p:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def basename(p):
    i = p.rfind("/") + 1
    return p[i:]


def dirname(p):
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def split(p):
    return (dirname(p), basename(p))


def splitext(p):
    base = basename(p)
    i = base.rfind(".")
    if i <= 0 or base[:i].strip(".") == "":
        return (p, "")
    cut = len(p) - len(base) + i
    return (p[:cut], p[cut:])


def isabs(p):
    return p.startswith("/")
"""#
}
