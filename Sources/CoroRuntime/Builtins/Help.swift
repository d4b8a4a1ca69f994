import Foundation

/// The prompt's helpers in `builtins`, as CPython's `_sitebuiltins`: `help`
/// (a short text for a learner, from HelpTexts.swift) and `exit`/`quit`,
/// whose repr is the hint CPython prints when `exit` is typed without
/// parentheses.
enum Help {
  /// Puts `help`, `exit` and `quit` into the builtins.
  static func install(into dict: PyDict) {
    dict.setString("help", .object(PySiteHelper(kind: .help)))
    dict.setString("exit", .object(PySiteHelper(kind: .quitter("exit"))))
    dict.setString("quit", .object(PySiteHelper(kind: .quitter("quit"))))
  }

  /// `help()` with no argument: how to use the prompt, and the topics.
  static let overview = """
    Welcome to Coro, a Python 3.11 subset centred on async/await.

    At the prompt:
      - type a statement and press Enter; the value of an expression is shown and kept in _
      - a block (def, for, if, class, ...) ends with an empty line
      - 'await' works directly: await asyncio.sleep(1)
      - Tab completes names and attributes; Up/Down recall earlier lines; Ctrl-R searches them
      - Ctrl-C stops running code (or clears the line); Ctrl-D or exit() leaves

    help(x) explains x: help(print), help(asyncio), help(asyncio.gather), help(my_function).
    Topics: help('async'), help('await'), help('coroutine'), help('task'), help('event loop').

    """

  /// `help(obj)`: the text for `obj`.
  static func text(for value: Value, vm: VM) throws(PyException) -> String {
    if let s = value.asStr {
      let key = s.value.trimmingCharacters(in: .whitespaces)
      if let entry = HelpTexts.entry(key) ?? HelpTexts.entry("asyncio." + key) {
        return format(entry, key: key, vm: vm)
      }
      return "No Coro help on '\(key)'. help() lists the topics; help(obj) describes an object.\n"
    }
    if let key = knownName(of: value, vm: vm), let entry = HelpTexts.entry(key) {
      return format(entry, key: key, vm: vm)
    }
    if case .object(let o) = value {
      if let f = o as? PyFunction { return describe(function: f, vm: vm) }
      if let m = o as? PyBoundMethod, let f = m.function.as(PyFunction.self) {
        return describe(function: f, vm: vm)
      }
      if let t = o as? PyType { return describe(type: t, vm: vm) }
      if let m = o as? PyModule {
        let names = publicNames(m.dict)
        return "module \(m.name)\n" + wrap("Names: " + names.joined(separator: ", "))
      }
      if let b = o as? PyBuiltinFunction {
        let owner = b.ownerTypeName.map { $0 + "." } ?? ""
        return "\(owner)\(b.name)(...): a builtin function; no Coro help text for it yet.\n"
      }
    }
    // An instance: explain its type (a Task, a coroutine object, a list...).
    let type = value.type
    if let key = typeKey(type, vm: vm), let entry = HelpTexts.entry(key) {
      return "\(type.name) object. " + format(entry, key: key, vm: vm)
    }
    return describe(type: type, vm: vm)
  }

  private static func format(_ entry: HelpTexts.Entry, key: String, vm: VM) -> String {
    var out = entry.title + "\n"
    for line in entry.text.split(separator: "\n", omittingEmptySubsequences: false) {
      out += "    " + line + "\n"
    }
    if key == "asyncio", let module = vm.interpreter.modules["asyncio"] {
      out += wrap("Names: " + publicNames(module.dict).joined(separator: ", "))
    }
    return out
  }

  /// `text` cut into indented lines of at most 80 columns, at spaces.
  private static func wrap(_ text: String, indent: String = "    ") -> String {
    var out = ""
    var line = indent
    for word in text.split(separator: " ") {
      if line.count > indent.count && line.count + 1 + word.count > 80 {
        out += line + "\n"
        line = indent + "  "
      } else if line.count > indent.count {
        line += " "
      }
      line += word
    }
    return out + line + "\n"
  }

  /// The table key of an object found by identity in the builtins or in an
  /// imported module the table covers (`asyncio.gather`, `time.sleep`), or
  /// of a method of a Task or an event loop.
  private static func knownName(of value: Value, vm: VM) -> String? {
    guard case .object(let target) = value else { return nil }
    if let m = target as? PyModule, HelpTexts.entry(m.name) != nil { return m.name }
    for moduleName in ["asyncio", "time"] {
      guard let module = vm.interpreter.modules[moduleName] else { continue }
      for entry in module.dict.liveEntries {
        if case .object(let o) = entry.value, o === target, let name = entry.key.asStr?.value {
          return moduleName + "." + name
        }
      }
    }
    for entry in vm.interpreter.builtinsDict.liveEntries {
      if case .object(let o) = entry.value, o === target, let name = entry.key.asStr?.value {
        return name
      }
    }
    let (ownerType, method): (PyType?, String?) = {
      if let b = target as? PyBuiltinFunction { return (b.boundTo.type, b.name) }
      if let m = target as? PyMethodDescriptor { return (m.owner, m.name) }
      if let m = target as? PyBoundMethod, let f = m.function.as(PyFunction.self) {
        return (m.selfValue.type, f.name)
      }
      return (nil, nil)
    }()
    if let ownerType, let method {
      for t in ownerType.mro {
        let owner = t.name.hasSuffix("EventLoop") ? "loop" : t.name
        if HelpTexts.entry(owner + "." + method) != nil { return owner + "." + method }
      }
    }
    return nil
  }

  /// The key for instances of `type`: a coroutine, a Task, an int...
  private static func typeKey(_ type: PyType, vm: VM) -> String? {
    if type.name == "coroutine" { return "coroutine" }
    for t in type.mro where t !== BuiltinTypes.object {
      if let key = knownName(of: .object(t), vm: vm), HelpTexts.entry(key) != nil { return key }
      if t.name.hasSuffix("EventLoop") { return "event loop" }
    }
    return nil
  }

  private static func publicNames(_ dict: PyDict) -> [String] {
    dict.keys.compactMap { $0.asStr?.value }.filter { !$0.hasPrefix("_") }.sorted()
  }

  /// A function of the user's: its signature and docstring.
  private static func describe(function f: PyFunction, vm: VM) -> String {
    let code = f.code.object
    var parameters: [String] = []
    let positional = Array(code.localNames.prefix(code.argCount))
    let firstDefault = positional.count - f.defaults.count
    for (i, name) in positional.enumerated() {
      if i > 0 && i == code.positionalOnlyCount { parameters.append("/") }
      if i >= firstDefault, let d = try? vm.repr(f.defaults[i - firstDefault]) {
        parameters.append("\(name)=\(d)")
      } else {
        parameters.append(name)
      }
    }
    if code.positionalOnlyCount > 0 && code.positionalOnlyCount == positional.count {
      parameters.append("/")
    }
    var next = code.argCount
    let keywordOnly = Array(code.localNames.dropFirst(code.argCount).prefix(code.keywordOnlyCount))
    next += code.keywordOnlyCount
    if code.flags.contains(.varArgs), next < code.localNames.count {
      parameters.append("*" + code.localNames[next])
      next += 1
    } else if !keywordOnly.isEmpty {
      parameters.append("*")
    }
    for name in keywordOnly {
      if let d = f.keywordDefaults?.getString(name), let text = try? vm.repr(d) {
        parameters.append("\(name)=\(text)")
      } else {
        parameters.append(name)
      }
    }
    if code.flags.contains(.varKeywords), next < code.localNames.count {
      parameters.append("**" + code.localNames[next])
    }
    let isAsync = code.flags.contains(.coroutine)
    let signature = f.name + "(" + parameters.joined(separator: ", ") + ")"
    var out = (isAsync ? "async def " : "def ") + signature + "\n"
    out += docLines(f.doc, vm: vm)
    if isAsync {
      out += "    (a coroutine function: calling it gives a coroutine object to await)\n"
    }
    return out
  }

  /// A class: its bases, docstring and methods.
  private static func describe(type t: PyType, vm: VM) -> String {
    let bases = t.bases.filter { $0 !== BuiltinTypes.object }.map(\.name)
    let parents = bases.isEmpty ? "" : "(" + bases.joined(separator: ", ") + ")"
    var out = "class " + t.name + parents + "\n"
    out += docLines(t.dict.getString("__doc__") ?? .none, vm: vm)
    let methods = t.dict.liveEntries.compactMap { entry -> String? in
      guard let name = entry.key.asStr?.value, !name.hasPrefix("_") || name == "__init__" else {
        return nil
      }
      return vm.isCallable(entry.value) ? name : nil
    }
    if !methods.isEmpty {
      out += wrap("methods: " + methods.joined(separator: ", "))
    }
    return out
  }

  private static func docLines(_ doc: Value, vm: VM) -> String {
    guard let s = doc.asStr else { return "" }
    let lines = s.value.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
    var trimmed = lines.drop { $0.isEmpty }
    while trimmed.last?.isEmpty == true { trimmed.removeLast() }
    return trimmed.map { $0.isEmpty ? "\n" : "    " + $0 + "\n" }.joined()
  }
}

/// `help`, `exit` and `quit`: callables whose repr tells a learner what to
/// type (CPython's `_Helper` and `Quitter`).
final class PySiteHelper: PyObject, PyReprCustomizable {
  enum Kind {
    case help
    case quitter(String)
  }

  let kind: Kind

  init(kind: Kind) {
    self.kind = kind
  }

  override var type: PyType {
    switch kind {
    case .help: return PySiteHelper.helperType
    case .quitter: return PySiteHelper.quitterType
    }
  }

  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    switch kind {
    case .help:
      return "Type help() for interactive help, or help(object) for help about object."
    case .quitter(let name):
      return "Use \(name)() or Ctrl-D (i.e. EOF) to exit"
    }
  }

  static let helperType: PyType = {
    let t = PyType(builtin: "_Helper", base: BuiltinTypes.object, module: "_sitebuiltins")
    t.addMethod("__call__") { (vm: VM, _: Value, args: Args) throws(PyException) -> Value in
      let a = try args.positional("help", 0, 1)
      let text = try a.first.map { (v: Value) throws(PyException) -> String in
        try Help.text(for: v, vm: vm)
      } ?? Help.overview
      vm.interpreter.stdout.write(text)
      return .none
    }
    return t
  }()

  static let quitterType: PyType = {
    let t = PyType(builtin: "Quitter", base: BuiltinTypes.object, module: "_sitebuiltins")
    t.addMethod("__call__") { (vm: VM, _: Value, args: Args) throws(PyException) -> Value in
      let a = try args.positional("exit", 0, 1)
      throw PyException(type: BuiltinTypes.systemExit, args: a)
    }
    return t
  }()
}
