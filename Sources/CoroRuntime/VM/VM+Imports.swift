import CoroCompiler
import CoroSyntax
import Foundation

/// `import`, as CPython's importlib._bootstrap does it: `sys.modules` first,
/// then the modules built into the interpreter, then `.py` files and
/// packages along `sys.path` (the script's directory first), then the
/// standard modules Coro makes in Swift or ships in Python, and last
/// namespace packages (directories without `__init__.py`).
extension VM {
  /// IMPORT_NAME: `__import__(name, globals, None, fromlist, level)`.
  func importModule(_ name: String, fromList: Value, level: Value, globals: PyDict) throws(PyException) -> Value {
    var levelNumber = 0
    if case .int(let l) = level { levelNumber = l }
    if levelNumber < 0 { throw PyException.valueError("level must be >= 0") }
    var fullName = name
    if levelNumber > 0 {
      let base = try relativeBase(globals, levelNumber)
      fullName = name.isEmpty ? base : base + "." + name
    } else if name.isEmpty {
      throw PyException.valueError("Empty module name")
    }
    let module = try importDotted(fullName)
    let names = fromList.isNone ? [] : try iterate(fromList)
    if !names.isEmpty {
      try handleFromList(module, names)
      return module
    }
    if levelNumber == 0 {
      let first = String(fullName.prefix { $0 != "." })
      return interpreter.modules.entry(first) ?? module
    }
    return module
  }

  /// The package a relative import starts from (`_calc___package__` and
  /// `_resolve_name`).
  private func relativeBase(_ globals: PyDict, _ level: Int) throws(PyException) -> String {
    var package = ""
    if let p = globals.getString("__package__"), !p.isNone {
      guard let s = p.asStr else { throw PyException.typeError("package must be a string") }
      package = s.value
    } else if let n = globals.getString("__name__")?.asStr?.value {
      package = n
      if globals.getString("__path__") == nil {
        package = String(package[..<(package.lastIndex(of: ".") ?? package.startIndex)])
      }
    }
    if package.isEmpty {
      throw PyException.importError("attempted relative import with no known parent package")
    }
    var parts = package.split(separator: ".", omittingEmptySubsequences: false)
    if parts.count < level {
      throw PyException.importError("attempted relative import beyond top-level package")
    }
    parts.removeLast(level - 1)
    return parts.joined(separator: ".")
  }

  /// `from package import a, b`: submodules not yet attributes are imported.
  private func handleFromList(_ module: Value, _ names: [Value]) throws(PyException) {
    guard let m = module.as(PyModule.self), m.dict.getString("__path__") != nil else { return }
    for item in names {
      guard let s = item.asStr else {
        throw PyException.typeError("Item in \(m.name).__all__ must be str, not \(item.typeName)")
      }
      if s.value == "*" {
        if let all = m.dict.getString("__all__") { try handleFromList(module, try iterate(all)) }
        continue
      }
      if m.dict.getString(s.value) != nil { continue }
      let sub = m.name + "." + s.value
      do throws(PyException) {
        _ = try importDotted(sub)
      } catch {
        // A missing submodule is left for IMPORT_FROM to report.
        if error.isInstance(of: BuiltinTypes.moduleNotFoundError),
          error.attributeDict.getString("name")?.asStr?.value == sub
        {
          continue
        }
        throw error
      }
    }
  }

  /// Imports `name` and each package above it (`_find_and_load`).
  func importDotted(_ name: String) throws(PyException) -> Value {
    if let existing = interpreter.modules.entry(name) {
      if existing.isNone {
        throw PyException.importError(
          "import of \(name) halted; None in sys.modules", moduleNotFound: true, name: name)
      }
      return existing
    }
    var searchPath: [String]? = nil
    var parentModule: Value?
    if let dot = name.lastIndex(of: ".") {
      let parent = String(name[..<dot])
      let parentValue = try importDotted(parent)
      if let existing = interpreter.modules.entry(name) { return existing }
      parentModule = parentValue
      if ModuleRegistry.factory(name) == nil {
        guard let path = try getAttributeIfPresent(parentValue, PyStr.intern("__path__")) else {
          throw PyException.importError(
            "No module named '\(name)'; '\(parent)' is not a package", moduleNotFound: true, name: name)
        }
        searchPath = try iterate(path).compactMap { $0.asStr?.value }
      }
    }
    let module = try findAndLoad(name, searchPath: searchPath)
    if let parentModule, let dot = name.lastIndex(of: ".") {
      let child = String(name[name.index(after: dot)...])
      try? setAttribute(parentModule, PyStr.intern(child), module)
    }
    return module
  }

  /// The module `name`, importing it on first use (Swift callers).
  func loadModule(_ name: String) throws(PyException) -> PyModule {
    let v = try importDotted(name)
    guard let m = v.as(PyModule.self) else {
      throw PyException.importError("No module named '\(name)'", moduleNotFound: true, name: name)
    }
    return m
  }

  /// Finds `name` and runs it; the value sys.modules holds afterwards.
  private func findAndLoad(_ name: String, searchPath: [String]?) throws(PyException) -> Value {
    let factory = ModuleRegistry.factory(name)
    if let factory, ModuleRegistry.builtinNames.contains(name) {
      return .object(try makeFactoryModule(name, factory))
    }
    let last = String(name[(name.lastIndex(of: ".").map { name.index(after: $0) } ?? name.startIndex)...])
    var namespaceDirs: [String] = []
    for dir in searchPath ?? ImportPaths.sysPath(self) {
      let base = (dir.isEmpty ? "." : dir) + "/" + last
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: base, isDirectory: &isDir), isDir.boolValue {
        let initFile = base + "/__init__.py"
        if FileManager.default.fileExists(atPath: initFile) {
          return try loadSourceModule(name, path: initFile, packageDir: base)
        }
        namespaceDirs.append(ImportPaths.absolute(base))
      }
      if FileManager.default.fileExists(atPath: base + ".py") {
        return try loadSourceModule(name, path: base + ".py", packageDir: nil)
      }
    }
    if let factory { return .object(try makeFactoryModule(name, factory)) }
    if !namespaceDirs.isEmpty {
      let m = PyModule(name: name)
      m.dict.setString("__doc__", .none)
      m.dict.setString("__package__", .str(name))
      m.dict.setString("__path__", .list(namespaceDirs.map { .str($0) }))
      interpreter.modules[name] = m
      return .object(m)
    }
    throw PyException.importError("No module named '\(name)'", moduleNotFound: true, name: name)
  }

  private func makeFactoryModule(_ name: String, _ factory: ModuleRegistry.Factory) throws(PyException) -> PyModule {
    let m = try factory(self)
    // A factory may register itself (preludes do, before running).
    if let existing = interpreter.modules[name] { return existing }
    interpreter.modules[name] = m
    return m
  }

  /// Runs a `.py` file (or a package's `__init__.py`) as module `name`.
  func loadSourceModule(_ name: String, path: String, packageDir: String?) throws(PyException) -> Value {
    let file = ImportPaths.absolute(path)
    guard let data = FileManager.default.contents(atPath: file) else {
      throw PyException.importError("No module named '\(name)'", moduleNotFound: true, name: name)
    }
    let module = PyModule(name: name)
    let d = module.dict
    d.setString("__doc__", .none)
    let package = packageDir != nil ? name : String(name[..<(name.lastIndex(of: ".") ?? name.startIndex)])
    d.setString("__package__", .str(package))
    d.setString("__loader__", .none)
    d.setString("__spec__", .none)
    if let packageDir { d.setString("__path__", .list([.str(ImportPaths.absolute(packageDir))])) }
    d.setString("__file__", .str(file))
    d.setString("__cached__", .none)
    d.setString("__builtins__", .object(interpreter.builtinsModule))
    interpreter.modules[name] = module
    do throws(PyException) {
      try execSource(String(decoding: data, as: UTF8.self), file: file, in: module)
    } catch {
      interpreter.modules[name] = nil
      throw error
    }
    return interpreter.modules.entry(name) ?? .object(module)
  }

  /// Compiles and runs module source in `module`'s namespace.
  func execSource(_ source: String, file: String, in module: PyModule) throws(PyException) {
    interpreter.registerSource(source, filename: file)
    let code: CodeObject
    do throws(SyntaxError) {
      code = try compileSource(source, filename: file)
    } catch {
      throw SyntaxErrors.exception(error, filename: file, source: source)
    }
    interpreter.modules.initializing.insert(module.name)
    defer { interpreter.modules.initializing.remove(module.name) }
    let frame = Frame(code: PyCode(code), globals: module.dict, function: nil)
    _ = try run(frame)
  }

  /// IMPORT_FROM: an attribute, else a submodule already imported.
  func importFrom(_ module: Value, _ name: PyStr) throws(PyException) -> Value {
    if let v = try getAttributeIfPresent(module, name) { return v }
    guard let m = module.as(PyModule.self) else {
      throw PyException.importError("cannot import name '\(name.value)'")
    }
    let moduleName = m.dict.getString("__name__")?.asStr?.value ?? m.name
    if let sub = interpreter.modules.entry(moduleName + "." + name.value) { return sub }
    let file = m.dict.getString("__file__")?.asStr?.value
    let location = file.map { " (\($0))" } ?? " (unknown location)"
    if interpreter.modules.initializing.contains(moduleName) {
      throw PyException.importError(
        "cannot import name '\(name.value)' from partially initialized module '\(moduleName)' "
          + "(most likely due to a circular import)\(location)", name: moduleName)
    }
    throw PyException.importError(
      "cannot import name '\(name.value)' from '\(moduleName)'\(location)", name: moduleName)
  }

  func importStar(_ module: Value, into namespace: PyDict) throws(PyException) {
    guard let m = module.as(PyModule.self) else { return }
    if let all = m.dict.getString("__all__") {
      for name in try iterate(all) {
        guard let s = name.asStr else {
          throw PyException.typeError("Item in \(m.name).__all__ must be str, not \(name.typeName)")
        }
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

/// `sys.path` and file names for imports.
enum ImportPaths {
  /// sys.path as the program sees it (its default before `sys` is imported).
  static func sysPath(_ vm: VM) -> [String] {
    if let sys = vm.interpreter.modules["sys"], let list = sys.dict.getString("path")?.as(PyList.self) {
      return list.items.compactMap { $0.asStr?.value }
    }
    return defaultPath(vm.interpreter)
  }

  /// `[the script's directory]`, or `['']` for `-c`, stdin and the prompt.
  static func defaultPath(_ interpreter: Interpreter) -> [String] {
    guard let file = interpreter.modules["__main__"]?.dict.getString("__file__")?.asStr?.value,
      !file.hasPrefix("<")
    else { return [""] }
    let dir = (absolute(file) as NSString).deletingLastPathComponent
    return [dir.isEmpty ? "/" : dir]
  }

  static func absolute(_ path: String) -> String {
    (Interpreter.absolutePath(path) as NSString).standardizingPath
  }
}

/// The modules implemented in Swift, by name.
enum ModuleRegistry {
  typealias Factory = (VM) throws(PyException) -> PyModule

  nonisolated(unsafe) static var factories: [String: Factory] = [
    "sys": SysModule.make,
    "time": TimeModule.make,
    "math": MathModule.make,
    "cmath": CmathModule.make,
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
    "collections": CollectionsModule.make,
    "heapq": HeapqModule.make,
    "bisect": BisectModule.make,
    "copy": StdlibModules.copy,
    "statistics": StdlibModules.statistics,
    "traceback": StdlibModules.traceback,
    "os.path": OSModule.makePath,
    "io": IOModule.make,
    "contextlib": LibraryPreludes.contextlib,
    "pathlib": LibraryPreludes.pathlib,
    "importlib": ImportlibModule.make,
    "re": ReModule.make,
  ]

  /// The factory of a module Coro provides, native or written in Python.
  static func factory(_ name: String) -> Factory? {
    if let native = factories[name] { return native }
    guard let source = StdlibModules.pythonSource(name) else { return nil }
    return { (vm: VM) throws(PyException) -> PyModule in
      try PreludeModule.make(vm, name: name, source: source)
    }
  }

  /// Modules built into CPython's executable (`sys.builtin_module_names`):
  /// found before `sys.path`, so a program's own file cannot shadow them.
  static let builtinNames: Set<String> = [
    "sys", "time", "itertools", "_thread", "builtins", "_io", "posix", "errno", "_functools",
    "_operator", "_string", "gc", "atexit", "marshal", "_collections", "_weakref", "_abc",
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
