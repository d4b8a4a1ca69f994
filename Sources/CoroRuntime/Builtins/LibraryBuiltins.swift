import Foundation

/// The builtins that reach outside the interpreter or into the compiler:
/// `open`, `eval`, `exec` and `compile`.
enum LibraryBuiltins {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var typesInstalled = false

  static func install(into dict: PyDict) {
    installTypesOnce()
    func add(_ name: String, _ fn: @escaping PyBuiltinFunction.Function) {
      dict.setString(name, .object(PyBuiltinFunction(name: name, fn)))
    }
    add("open", FileTypes.open)
    EvalExec.install(add)
  }

  /// Methods of the types these builtins make, once per process.
  static func installTypesOnce() {
    FileTypes.installOnce()
    lock.lock()
    defer { lock.unlock() }
    guard !typesInstalled else { return }
    typesInstalled = true
    SyntaxErrors.installAttributes()
  }
}
