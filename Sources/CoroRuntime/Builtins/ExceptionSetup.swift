extension BuiltinTypes {
  /// BaseException's constructor, `__init__`, attributes and methods, and
  /// the extra attributes of a few subclasses.
  static func installExceptions() {
    let make: PyType.Constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      if args.keywordCount > 0 {
        throw PyException.typeError("\(type.name)() takes no keyword arguments")
      }
      let positional = args.positional
      let e = PyException(type: osErrorClass(type, positional), args: [])
      setExceptionArgs(e, positional)
      return .object(e)
    }
    for t in exceptionTypes { t.constructor = make }
    installOSError()
    let base = baseException
    // BaseException.__new__ stores the positional arguments; __init__ then
    // sets them again (so `super().__new__(cls)` in a user `__new__` still
    // ends with the call's arguments, as in CPython).
    base.addStaticMethod("__new__") { (vm: VM, args: Args) throws(PyException) -> Value in
      let cls = try newReceiver(base, args)
      let positional = Array(args.values[1..<args.count])
      let e = PyException(type: osErrorClass(cls, positional), args: [])
      setExceptionArgs(e, positional)
      return .object(e)
    }
    base.addMethod("__init__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      if let e = v.as(PyException.self) {
        if args.keywordCount > 0 {
          throw PyException.typeError("\(e.type.name)() takes no keyword arguments")
        }
        setExceptionArgs(e, args.positional)
      }
      return .none
    }
    base.addMethod("__str__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let e = v.as(PyException.self) else { return .str("") }
      switch e.args.count {
      case 0: return .str("")
      case 1: return .str(try vm.str(e.args[0]))
      default: return .str(try vm.repr(.tuple(e.args)))
      }
    }
    base.addMethod("__repr__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let e = v.as(PyException.self) else { return .str("") }
      let name = e.type.name
      switch e.args.count {
      case 0: return .str(name + "()")
      case 1: return .str(name + "(" + (try vm.repr(e.args[0])) + ")")
      default: return .str(name + (try vm.repr(.tuple(e.args))))
      }
    }
    base.addGetter("args", { (vm: VM, v: Value) throws(PyException) -> Value in
      .tuple(v.as(PyException.self)?.args ?? [])
    }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
      v.as(PyException.self)?.args = try vm.iterate(new)
    })
    base.addGetter("__cause__", { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyException.self)?.cause.map { .object($0) } ?? .none
    }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
      guard let e = v.as(PyException.self) else { return }
      if new.isNone {
        e.cause = nil
      } else if let c = new.as(PyException.self) {
        e.cause = c
      } else {
        throw PyException.typeError("exception cause must be None or derive from BaseException")
      }
      e.suppressContext = true
    })
    base.addGetter("__context__", { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyException.self)?.context.map { .object($0) } ?? .none
    }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
      v.as(PyException.self)?.context = new.as(PyException.self)
    })
    base.addGetter("__suppress_context__", { (vm: VM, v: Value) throws(PyException) -> Value in
      .bool(v.as(PyException.self)?.suppressContext ?? false)
    }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
      v.as(PyException.self)?.suppressContext = try vm.isTrue(new)
    })
    base.addGetter("__traceback__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let e = v.as(PyException.self), !e.traceback.isEmpty else { return .none }
      return .object(PyTracebackObject(e.traceback))
    }
    base.addMethod("with_traceback") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      _ = try args.one("with_traceback")
      return v
    }
    base.addMethod("add_note") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let note = try args.one("add_note")
      guard note.asStr != nil, let e = v.as(PyException.self) else {
        throw PyException.typeError("note must be a str, not '\(note.typeName)'")
      }
      let notes: PyList
      if let existing = e.attributeDict.getString("__notes__")?.as(PyList.self) {
        notes = existing
      } else {
        notes = PyList()
        e.attributeDict.setString("__notes__", .object(notes))
      }
      notes.items.append(note)
      return .none
    }
    stopIteration.addGetter("value") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyException.self)?.args.first ?? .none
    }
    systemExit.addGetter("code") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let e = v.as(PyException.self) else { return .none }
      switch e.args.count {
      case 0: return .none
      case 1: return e.args[0]
      default: return .tuple(e.args)
      }
    }
    for (t, attributes) in [(nameError, ["name"]), (attributeError, ["name", "obj"]), (importError, ["name", "path"])] {
      for attribute in attributes {
        t.addGetter(attribute, { (vm: VM, v: Value) throws(PyException) -> Value in
          v.as(PyException.self)?.attributeDict.getString(attribute) ?? .none
        }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
          v.as(PyException.self)?.attributeDict.setString(attribute, new)
        })
      }
    }
  }
}

/// A traceback object: one link of `e.__traceback__`. The exception keeps
/// its entries innermost first, so the head (the outermost frame, where
/// the exception was caught) is the last entry and `tb_next` walks
/// towards the first.
final class PyTracebackObject: PyObject {
  let entries: [TracebackEntry]
  let index: Int

  init(_ entries: [TracebackEntry], index: Int? = nil) {
    self.entries = entries
    self.index = index ?? entries.count - 1
  }

  var entry: TracebackEntry? { entries.indices.contains(index) ? entries[index] : nil }

  override var type: PyType { BuiltinTypes.tracebackType }
}

/// `tb.tb_frame`: what remains of a finished frame for inspection (its
/// code, line and globals; its locals are gone).
final class PyFrameSummary: PyObject {
  let entry: TracebackEntry

  init(_ entry: TracebackEntry) {
    self.entry = entry
  }

  override var type: PyType { BuiltinTypes.frameType }
}

extension BuiltinTypes {
  static let tracebackType: PyType = {
    let t = PyType(builtin: "traceback", base: object)
    t.addGetter("tb_lineno") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let e = v.as(PyTracebackObject.self)?.entry else { return .none }
      return .int(e.line)
    }
    t.addGetter("tb_next") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let tb = v.as(PyTracebackObject.self), tb.index > 0 else { return .none }
      return .object(PyTracebackObject(tb.entries, index: tb.index - 1))
    }
    t.addGetter("tb_frame") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let e = v.as(PyTracebackObject.self)?.entry else { return .none }
      return .object(PyFrameSummary(e))
    }
    return t
  }()

  static let frameType: PyType = {
    let t = PyType(builtin: "frame", base: object)
    t.addGetter("f_code") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let f = v.as(PyFrameSummary.self) else { return .none }
      return .object(f.entry.code)
    }
    t.addGetter("f_lineno") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let f = v.as(PyFrameSummary.self) else { return .none }
      return .int(f.entry.line)
    }
    t.addGetter("f_globals") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let f = v.as(PyFrameSummary.self) else { return .none }
      return .object(f.entry.globals)
    }
    return t
  }()
}
