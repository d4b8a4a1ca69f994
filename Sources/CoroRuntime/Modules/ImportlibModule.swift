import Foundation

/// `importlib`: `import_module`, `reload` and `invalidate_caches`.
enum ImportlibModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    ModuleRegistry.module("importlib", [
      ("import_module", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.bind("import_module", ["name", "package"], required: 1)
        guard let name = a[0]?.asStr?.value else {
          throw PyException.typeError("module name must be str, not \(a[0]?.typeName ?? "None")")
        }
        var level = 0
        while level < name.count && name[name.index(name.startIndex, offsetBy: level)] == "." { level += 1 }
        let globals = PyDict()
        if level > 0 {
          guard let package = a[1], let p = package.asStr else {
            throw PyException.typeError(
              "the 'package' argument is required to perform a relative import for '\(name)'")
          }
          globals.setString("__package__", .str(p.value))
        }
        let rest = String(name.dropFirst(level))
        _ = try vm.importModule(rest, fromList: .none, level: .int(level), globals: globals)
        let full: String
        if level > 0, let p = a[1]?.asStr?.value {
          var parts = p.split(separator: ".").map(String.init)
          parts.removeLast(min(level - 1, parts.count))
          full = parts.joined(separator: ".") + (rest.isEmpty ? "" : "." + rest)
        } else {
          full = rest
        }
        return try vm.importDotted(full)
      }),
      ("reload", { (vm: VM, args: Args) throws(PyException) -> Value in
        let v = try args.one("reload")
        guard let m = v.as(PyModule.self) else {
          throw PyException.typeError("reload() argument must be a module")
        }
        let name = m.dict.getString("__name__")?.asStr?.value ?? m.name
        guard vm.interpreter.modules.entry(name) != nil else {
          throw PyException.importError("module \(name) not in sys.modules", name: name)
        }
        guard let file = m.dict.getString("__file__")?.asStr?.value, !file.hasPrefix("<"),
          let data = FileManager.default.contents(atPath: file)
        else { return v }
        try vm.execSource(String(decoding: data, as: UTF8.self), file: file, in: m)
        return vm.interpreter.modules.entry(name) ?? v
      }),
      ("invalidate_caches", { (vm: VM, args: Args) throws(PyException) -> Value in .none }),
    ])
  }
}
