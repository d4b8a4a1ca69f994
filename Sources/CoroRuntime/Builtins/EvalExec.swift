import CoroCompiler
import CoroSyntax

/// `eval`, `exec` and `compile`: source compiled by Coro's own compiler and
/// run on the calling VM, in the caller's namespaces unless dicts are given.
enum EvalExec {
  enum Mode: String { case exec, eval, single }

  /// Compiles `source` in `mode` (CPython's `compile()` modes). An `eval`
  /// module holds one expression statement, compiled as the REPL compiles
  /// it with its display instruction turned into a return, so that the
  /// code object returns the expression's value.
  static func compile(_ source: String, filename: String, mode: Mode) throws(PyException) -> CodeObject {
    do throws(SyntaxError) {
      switch mode {
      case .exec:
        return try compileSource(source, filename: filename)
      case .single:
        return try compileSource(source, filename: filename, options: CompileOptions(interactive: true))
      case .eval:
        let module = try parseModule(source, filename: filename)
        guard module.body.count == 1, case .expression = module.body[0].kind else {
          let span = module.body.count > 1 ? module.body[1].span : module.body.first?.span
          let at = span?.start ?? SourceLocation(line: 0, column: -1)
          throw SyntaxError(.syntaxError, "invalid syntax", at: at, end: at)
        }
        let code = try CoroCompiler.compile(
          module, filename: filename, options: CompileOptions(interactive: true))
        return returningDisplayedValue(code)
      }
    } catch {
      throw SyntaxErrors.exception(error, filename: filename, source: source)
    }
  }

  /// `code` with its one `printExpr` made a `returnValue`.
  private static func returningDisplayedValue(_ code: CodeObject) -> CodeObject {
    let instructions = code.instructions.map { ins in
      ins.opcode == .printExpr ? Instruction(.returnValue) : ins
    }
    return copy(code, instructions: instructions)
  }

  /// Module code whose global loads and stores use the frame's namespace
  /// (CPython compiles module code with LOAD_NAME/STORE_NAME, which
  /// `exec(code, globals, locals)` relies on).
  static func usingNamespace(_ code: CodeObject) -> CodeObject {
    let instructions = code.instructions.map { ins -> Instruction in
      switch ins.opcode {
      case .loadGlobal: return Instruction(.loadName, ins.arg)
      case .storeGlobal: return Instruction(.storeName, ins.arg)
      case .deleteGlobal: return Instruction(.deleteName, ins.arg)
      default: return ins
      }
    }
    return copy(code, instructions: instructions)
  }

  private static func copy(_ c: CodeObject, instructions: [Instruction]) -> CodeObject {
    CodeObject(
      kind: c.kind, flags: c.flags, name: c.name, qualifiedName: c.qualifiedName,
      filename: c.filename, firstLine: c.firstLine, argCount: c.argCount,
      positionalOnlyCount: c.positionalOnlyCount, keywordOnlyCount: c.keywordOnlyCount,
      localNames: c.localNames, cellNames: c.cellNames, freeNames: c.freeNames,
      cellParameters: c.cellParameters, names: c.names, constants: c.constants,
      instructions: instructions, spans: c.spans, exceptionTable: c.exceptionTable,
      stackSize: c.stackSize, docstring: c.docstring)
  }

  /// The text of a source argument (str or UTF-8 bytes), or nil.
  static func sourceText(_ v: Value) -> String? {
    if let s = v.asStr { return s.value }
    if let b = v.as(PyBytes.self) { return String(decoding: b.bytes, as: UTF8.self) }
    return nil
  }

  // MARK: - The builtins

  static func install(_ add: (String, @escaping PyBuiltinFunction.Function) -> Void) {
    add("eval") { (vm: VM, args: Args) throws(PyException) -> Value in
      try run(vm, args, function: "eval")
    }
    add("exec") { (vm: VM, args: Args) throws(PyException) -> Value in
      _ = try run(vm, args, function: "exec")
      return .none
    }
    add("compile") { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.bind(
        "compile", ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], required: 3)
      guard let sourceValue = a[0], let text = sourceText(sourceValue) else {
        throw PyException.typeError("compile() arg 1 must be a string, bytes or AST object")
      }
      let filename = try FileTypes.pathArgument(vm, a[1] ?? .none)
      guard let modeName = a[2]?.asStr?.value, let mode = Mode(rawValue: modeName) else {
        if let m = a[2], m.asStr == nil {
          throw PyException.typeError("compile() argument 'mode' must be str, not \(m.typeName)")
        }
        throw PyException.valueError("compile() mode must be 'exec', 'eval' or 'single'")
      }
      return .object(PyCode(try compile(text, filename: filename, mode: mode)))
    }
  }

  /// `eval(source, globals=None, locals=None)` and `exec(...)`.
  private static func run(_ vm: VM, _ args: Args, function: String) throws(PyException) -> Value {
    let a = try args.bind(function, ["source", "globals", "locals"], required: 1, positionalOnly: 1)
    let source = a[0] ?? .none
    var globals: PyDict
    var locals: PyDict?
    if let g = a[1], !g.isNone {
      guard let d = g.as(PyDict.self) else {
        if function == "eval" {
          throw PyException.typeError("globals must be a real dict; try eval(expr, {}, mapping)")
        }
        throw PyException.typeError("\(function)() globals must be a dict, not \(g.typeName)")
      }
      globals = d
      if let l = a[2], !l.isNone {
        guard let ld = l.as(PyDict.self) else {
          throw PyException.typeError("locals must be a mapping")
        }
        locals = ld
      } else {
        locals = d
      }
    } else if let frame = vm.frame {
      globals = frame.globals
      if let l = a[2], !l.isNone {
        guard let ld = l.as(PyDict.self) else { throw PyException.typeError("locals must be a mapping") }
        locals = ld
      } else {
        locals = vm.localsDictionary()
      }
    } else {
      globals = PyDict()
      locals = globals
    }
    if globals.getString("__builtins__") == nil {
      globals.setString("__builtins__", .object(vm.interpreter.builtinsDict))
    }
    var compiled: PyCode?
    var code: CodeObject
    if let c = source.as(PyCode.self) {
      compiled = c
      code = c.object
    } else if let text = sourceText(source) {
      var t = text
      if function == "eval" { t = String(t.drop { $0 == " " || $0 == "\t" }) }
      code = try compile(t, filename: "<string>", mode: function == "eval" ? .eval : .exec)
    } else {
      throw PyException.typeError("\(function)() arg 1 must be a string, bytes or code object")
    }
    let separate = locals.map { $0 !== globals } ?? false
    if separate || compiled == nil { compiled = PyCode(separate ? usingNamespace(code) : code) }
    guard let runnable = compiled else { return .none }
    let frame = Frame(code: runnable, globals: globals, function: nil)
    if separate { frame.namespace = locals }
    switch try vm.run(frame) {
    case .returned(let v): return v
    case .yielded: return .none
    }
  }
}
