import CoroCompiler
import Foundation

/// Modules written in Python and shipped inside Coro (`threading`,
/// `concurrent.futures`...): compiled once per process, run in a fresh
/// module namespace on first import. Their frames show in tracebacks as
/// `<frozen NAME>`, as CPython shows its frozen modules.
enum PreludeModule {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var compiled: [String: CodeObject] = [:]

  /// Makes module `name` from `source`, with `natives` defined first.
  static func make(
    _ vm: VM, name: String, source: String, natives: [(String, PyBuiltinFunction.Function)] = []
  ) throws(PyException) -> PyModule {
    let filename = "<frozen \(name)>"
    lock.lock()
    var code = compiled[name]
    if code == nil {
      code = try? compileSource(source, filename: filename)
      compiled[name] = code
    }
    lock.unlock()
    guard let code else { throw PyException.systemError("module \(name) failed to compile") }
    let m = ModuleRegistry.module(name, natives)
    m.dict.setString("__file__", .str(filename))
    m.dict.setString("__builtins__", .object(vm.interpreter.builtinsModule))
    // Registered before running, so that imports inside can find it.
    vm.interpreter.modules[name] = m
    let frame = Frame(code: PyCode(code), globals: m.dict, function: nil)
    do throws(PyException) {
      _ = try vm.run(frame)
    } catch {
      vm.interpreter.modules[name] = nil
      throw error
    }
    return m
  }

  /// `_print_exception(exc)`: a traceback on stderr, as `traceback.print_exception`.
  static let printException: (String, PyBuiltinFunction.Function) = ("_print_exception", {
    (vm: VM, args: Args) throws(PyException) -> Value in
    guard let e = try args.one("_print_exception").as(PyException.self) else { return .none }
    vm.interpreter.stdout.flush()
    vm.interpreter.stderr.write(TracebackPrinter(vm: vm).format(e))
    return .none
  })
}

/// Small standard modules whose Python part is a few lines.
enum SmallModules {
  static func concurrent(_ vm: VM) throws(PyException) -> PyModule {
    PyModule(name: "concurrent")
  }

  static func threading(_ vm: VM) throws(PyException) -> PyModule {
    _ = try vm.loadModule("_thread")
    return try PreludeModule.make(
      vm, name: "threading", source: ThreadingPrelude.source, natives: [PreludeModule.printException])
  }

  static func futures(_ vm: VM) throws(PyException) -> PyModule {
    try PreludeModule.make(
      vm, name: "concurrent.futures", source: FuturesPrelude.source, natives: [PreludeModule.printException])
  }
}
