import CoroCompiler
import CoroSyntax
import Foundation

/// `import`: builtin modules made in Swift on first import, and `.py`
/// files next to the main program.
extension VM {
  func importModule(_ name: String, fromList: Value, level: Value, globals: PyDict) throws(PyException) -> Value {
    if case .int(let l) = level, l > 0 {
      throw PyException.importError("attempted relative import with no known parent package")
    }
    let parts = name.split(separator: ".").map(String.init)
    var path = ""
    var top: PyModule?
    var parent: PyModule?
    for part in parts {
      path = path.isEmpty ? part : path + "." + part
      let module = try loadModule(path)
      if let parent { parent.dict.setString(PyStr.intern(part), .object(module)) }
      if top == nil { top = module }
      parent = module
    }
    guard let top, let last = parent else {
      throw PyException.importError("Empty module name", moduleNotFound: false)
    }
    // `import a.b` binds a; `from a.b import c` needs a.b.
    let wantsLast = !(fromList.isNone) && !(fromList.as(PyTuple.self)?.items.isEmpty ?? true)
    return .object(wantsLast ? last : top)
  }

  /// The module `name`, importing it on first use.
  func loadModule(_ name: String) throws(PyException) -> PyModule {
    if let m = interpreter.modules[name] { return m }
    if let factory = ModuleRegistry.factories[name] {
      let m = try factory(self)
      interpreter.modules[name] = m
      return m
    }
    if let m = try loadSourceModule(name) { return m }
    throw PyException.importError("No module named '\(name)'", moduleNotFound: true, name: name)
  }

  /// A `.py` file in the main program's directory (sys.path[0]).
  private func loadSourceModule(_ name: String) throws(PyException) -> PyModule? {
    guard !name.contains("."), let mainFile = interpreter.modules["__main__"]?.dict.getString("__file__")?.asStr?.value
    else { return nil }
    let directory = (mainFile as NSString).deletingLastPathComponent
    let path = (directory.isEmpty ? "." : directory) + "/" + name + ".py"
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let source = String(decoding: data, as: UTF8.self)
    interpreter.registerSource(source, filename: path)
    let code: CodeObject
    do throws(SyntaxError) {
      code = try compileSource(source, filename: path)
    } catch {
      let e = PyException(type: BuiltinTypes.syntaxError, message: error.message)
      throw e
    }
    let module = PyModule(name: name)
    module.dict.setString("__file__", .str(path))
    module.dict.setString("__builtins__", .object(interpreter.builtinsModule))
    interpreter.modules[name] = module
    let frame = Frame(code: PyCode(code), globals: module.dict, function: nil)
    do throws(PyException) {
      _ = try run(frame)
    } catch {
      interpreter.modules[name] = nil
      throw error
    }
    return module
  }

  func importFrom(_ module: Value, _ name: PyStr) throws(PyException) -> Value {
    if let v = try getAttributeIfPresent(module, name) { return v }
    if let m = module.as(PyModule.self) {
      if let sub = try? loadModule(m.name + "." + name.value) { return .object(sub) }
      let location = m.dict.getString("__file__")?.asStr.map { " (\($0.value))" } ?? " (unknown location)"
      throw PyException.importError(
        "cannot import name '\(name.value)' from '\(m.name)'\(location)", name: m.name)
    }
    throw PyException.importError("cannot import name '\(name.value)'")
  }

  func importStar(_ module: Value, into namespace: PyDict) throws(PyException) {
    guard let m = module.as(PyModule.self) else { return }
    if let all = m.dict.getString("__all__") {
      for name in try iterate(all) {
        guard let s = name.asStr else { continue }
        namespace.setString(PyStr.intern(s.value), try getAttribute(module, PyStr.intern(s.value)))
      }
      return
    }
    for entry in m.dict.liveEntries {
      guard let s = entry.key.asStr, !s.value.hasPrefix("_") else { continue }
      namespace.setString(s, entry.value)
    }
  }

  /// The REPL's echo of an expression statement (sys.displayhook).
  func displayHook(_ v: Value) throws(PyException) {
    if v.isNone { return }
    interpreter.builtinsDict.setString("_", .none)
    interpreter.stdout.write(try repr(v) + "\n")
    interpreter.builtinsDict.setString("_", v)
  }
}

/// The modules implemented in Swift, by name.
enum ModuleRegistry {
  typealias Factory = (VM) throws(PyException) -> PyModule

  nonisolated(unsafe) static var factories: [String: Factory] = [
    "sys": SysModule.make,
    "time": TimeModule.make,
    "math": MathModule.make,
    "functools": FunctoolsModule.make,
    "itertools": ItertoolsModule.make,
    "random": RandomModule.make,
    "operator": OperatorModule.make,
    "string": StringModule.make,
    "asyncio": AsyncioModule.make,
    "_thread": ThreadModule.make,
    "threading": SmallModules.threading,
    "concurrent": SmallModules.concurrent,
    "concurrent.futures": SmallModules.futures,
    "os": OSModule.make,
  ]

  /// A module with the given functions.
  static func module(_ name: String, _ functions: [(String, PyBuiltinFunction.Function)]) -> PyModule {
    let m = PyModule(name: name)
    for (fname, fn) in functions {
      m.dict.setString(PyStr.intern(fname), .object(PyBuiltinFunction(name: fname, boundTo: .object(m), fn)))
    }
    return m
  }
}
