import CoroCompiler

// MARK: - Making the common exceptions

/// Factories for the exceptions Swift code raises, with CPython's wording
/// built where it is raised (see STYLE.md on messages).
extension PyException {
  static func typeError(_ message: String) -> PyException {
    PyException(type: BuiltinTypes.typeError, message: message)
  }

  static func valueError(_ message: String) -> PyException {
    PyException(type: BuiltinTypes.valueError, message: message)
  }

  static func indexError(_ message: String) -> PyException {
    PyException(type: BuiltinTypes.indexError, message: message)
  }

  static func keyError(_ key: Value) -> PyException {
    PyException(type: BuiltinTypes.keyError, args: [key])
  }

  static func attributeError(_ message: String) -> PyException {
    PyException(type: BuiltinTypes.attributeError, message: message)
  }

  static func nameError(_ name: String) -> PyException {
    let e = PyException(type: BuiltinTypes.nameError, message: "name '\(name)' is not defined")
    e.attributeDict.setString("name", .str(name))
    return e
  }

  static func unboundLocal(_ name: String) -> PyException {
    PyException(
      type: BuiltinTypes.unboundLocalError,
      message: "cannot access local variable '\(name)' where it is not associated with a value")
  }

  static func zeroDivision(_ message: String = "division by zero") -> PyException {
    PyException(type: BuiltinTypes.zeroDivisionError, message: message)
  }

  static func overflowError(_ message: String) -> PyException {
    PyException(type: BuiltinTypes.overflowError, message: message)
  }

  static func runtimeError(_ message: String) -> PyException {
    PyException(type: BuiltinTypes.runtimeError, message: message)
  }

  static func recursionError(_ message: String) -> PyException {
    PyException(type: BuiltinTypes.recursionError, message: message)
  }

  static func systemError(_ message: String) -> PyException {
    PyException(type: BuiltinTypes.systemError, message: message)
  }

  static func notImplementedError(_ message: String) -> PyException {
    PyException(type: BuiltinTypes.notImplementedError, message: message)
  }

  static func stopIteration(_ value: Value = .none) -> PyException {
    PyException(type: BuiltinTypes.stopIteration, args: value.isNone ? [] : [value])
  }

  static func importError(_ message: String, moduleNotFound: Bool = false, name: String? = nil) -> PyException {
    let e = PyException(
      type: moduleNotFound ? BuiltinTypes.moduleNotFoundError : BuiltinTypes.importError,
      message: message)
    if let name { e.attributeDict.setString("name", .str(name)) }
    return e
  }

  /// `'int' object is not subscriptable` and friends.
  static func notSupported(_ v: Value, _ what: String) -> PyException {
    typeError("'\(v.typeName)' object \(what)")
  }
}

extension VM {
  // MARK: - Raising

  /// Turns the operand of `raise` into an exception instance: an instance
  /// is raised as is, a class is called with no arguments.
  func makeException(_ v: Value) throws(PyException) -> PyException {
    if let e = v.as(PyException.self) { return e }
    if let t = v.as(PyType.self), t.isSubtype(of: BuiltinTypes.baseException) {
      let made = try call(v, [])
      if let e = made.as(PyException.self) { return e }
      throw PyException.typeError(
        "calling \(t.name) should have returned an instance of BaseException, not \(made.typeName)")
    }
    throw PyException.typeError("exceptions must derive from BaseException")
  }

  /// `raise exc from cause`.
  func setCause(_ exc: PyException, _ cause: Value) throws(PyException) {
    if cause.isNone {
      exc.cause = nil
    } else if let c = cause.as(PyException.self) {
      exc.cause = c
    } else if let t = cause.as(PyType.self), t.isSubtype(of: BuiltinTypes.baseException) {
      exc.cause = try makeException(cause)
    } else {
      throw PyException.typeError("exception causes must derive from BaseException")
    }
    exc.suppressContext = true
  }

  /// Sets `__context__` to the exception being handled, as CPython's
  /// `_PyErr_SetObject` does for every new raise, breaking any cycle the
  /// new link would close.
  func chainContext(_ exc: PyException) {
    guard let handled = currentHandledException, handled !== exc else { return }
    var o = handled
    while let next = o.context {
      if next === exc {
        o.context = nil
        break
      }
      o = next
    }
    exc.context = handled
  }

  /// Does the exception match an `except` clause's type (a class or a
  /// tuple of classes)?
  func exceptionMatches(_ exc: Value, _ type: Value) throws(PyException) -> Bool {
    guard let e = exc.as(PyException.self) else { return false }
    if let t = type.as(PyType.self) {
      guard t.isSubtype(of: BuiltinTypes.baseException) else {
        throw PyException.typeError(
          "catching classes that do not inherit from BaseException is not allowed")
      }
      return e.isInstance(of: t)
    }
    if let tuple = type.as(PyTuple.self) {
      for item in tuple.items where try exceptionMatches(exc, item) {
        return true
      }
      // Validate the remaining entries as CPython does.
      return false
    }
    throw PyException.typeError(
      "catching classes that do not inherit from BaseException is not allowed")
  }

  // MARK: - Unbound names

  func cellName(_ code: PyCode, _ index: Int) -> String {
    let names = code.object.cellNames + code.object.freeNames
    return index < names.count ? names[index] : "?"
  }

  func unboundCellError(_ code: PyCode, _ index: Int) -> PyException {
    let name = cellName(code, index)
    if index < code.cellCount {
      return PyException.unboundLocal(name)
    }
    return PyException(
      type: BuiltinTypes.nameError,
      message: "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
  }

  /// `loadGlobal` through the code object's cache: while neither dict has
  /// changed its keys, the value is read straight from the remembered
  /// entry.
  @inline(__always)
  func loadGlobalCached(_ code: PyCode, _ nameIndex: Int, _ globals: PyDict) throws(PyException) -> Value {
    let entry = code.globalCache + nameIndex
    if entry.pointee.globals == ObjectIdentifier(globals) && entry.pointee.globalsVersion == globals.keysVersion {
      let index = entry.pointee.index
      if index >= 0 { return globals.value(at: index) }
      if entry.pointee.builtinsVersion == builtins.keysVersion { return builtins.value(at: -index - 1) }
    }
    let name = code.name(nameIndex)
    if let i = globals.indexOfString(name) {
      entry.pointee = GlobalCacheEntry(
        globals: ObjectIdentifier(globals), globalsVersion: globals.keysVersion, builtinsVersion: 0, index: i)
      return globals.value(at: i)
    }
    if let i = builtins.indexOfString(name) {
      entry.pointee = GlobalCacheEntry(
        globals: ObjectIdentifier(globals), globalsVersion: globals.keysVersion,
        builtinsVersion: builtins.keysVersion, index: -i - 1)
      return builtins.value(at: i)
    }
    throw PyException.nameError(name.value)
  }

  /// Stores a global through the same per-name cache as
  /// `loadGlobalCached`: a name already in `globals` is replaced in place,
  /// without hashing it again (module-level loops store their variables
  /// this way on every iteration).
  /// The common case of `storeGlobalCached`, for the dispatch loop: a name
  /// already in `globals` where the cache says gets the value moved from
  /// its stack slot, with the dictionary borrowed; false (the slot left as
  /// it was) when the cache does not apply.
  @inline(__always)
  static func storeGlobalInPlace(
    _ code: PyCode, _ nameIndex: Int, _ globals: Unmanaged<PyDict>, from slot: UnsafeMutablePointer<Value>
  ) -> Bool {
    let entry = code.globalCache + nameIndex
    return globals._withUnsafeGuaranteedRef { g in
      guard entry.pointee.globals == ObjectIdentifier(g) && entry.pointee.globalsVersion == g.keysVersion
        && entry.pointee.index >= 0
      else { return false }
      g.setValue(at: entry.pointee.index, slot.move())
      return true
    }
  }

  @inline(__always)
  func storeGlobalCached(_ code: PyCode, _ nameIndex: Int, _ globals: PyDict, _ value: consuming Value) {
    let entry = code.globalCache + nameIndex
    if entry.pointee.globals == ObjectIdentifier(globals) && entry.pointee.globalsVersion == globals.keysVersion
      && entry.pointee.index >= 0
    {
      globals.setValue(at: entry.pointee.index, value)
      return
    }
    let name = code.name(nameIndex)
    globals.setString(name, value)
    if let i = globals.indexOfString(name) {
      entry.pointee = GlobalCacheEntry(
        globals: ObjectIdentifier(globals), globalsVersion: globals.keysVersion, builtinsVersion: 0, index: i)
    }
  }

  @inline(__always)
  func loadGlobal(_ name: PyStr, _ globals: PyDict) throws(PyException) -> Value {
    if let v = globals.getString(name) { return v }
    if let v = builtins.getString(name) { return v }
    throw PyException.nameError(name.value)
  }
}
