/// What calling something produced: a finished value, or a new frame that
/// the dispatch loop should run (a Python function, without recursing).
enum CallOutcome {
  case value(Value)
  case frame(Frame)
}

extension VM {
  // MARK: - Calls from Swift

  /// Calls `callable` with positional arguments and runs it to completion.
  func call(_ callable: Value, _ args: [Value]) throws(PyException) -> Value {
    try Args.with(args) { (a: Args) throws(PyException) -> Value in try call(callable, a) }
  }

  /// Calls `callable` with keyword arguments too.
  func call(_ callable: Value, _ args: [Value], keywords: [(String, Value)]) throws(PyException) -> Value {
    if keywords.isEmpty { return try call(callable, args) }
    let names = PyTuple(keywords.map { .object(PyStr.intern($0.0)) })
    return try Args.with(args + keywords.map { $0.1 }, keywordNames: names) {
      (a: Args) throws(PyException) -> Value in try call(callable, a)
    }
  }

  /// Calls `callable`; a Python function runs in a nested `run`.
  func call(_ callable: Value, _ args: Args) throws(PyException) -> Value {
    switch try prepareCall(callable, args) {
    case .value(let v):
      return v
    case .frame(let f):
      switch try run(f) {
      case .returned(let v): return v
      case .yielded: throw PyException.systemError("function frame yielded")
      }
    }
  }

  // MARK: - The call protocol

  /// Starts a call: native callables run now; a Python function gets a
  /// frame with its arguments bound, for the caller to run.
  func prepareCall(_ callable: Value, _ args: Args) throws(PyException) -> CallOutcome {
    guard case .object(let obj) = callable else {
      throw PyException.notSupported(callable, "is not callable")
    }
    if let fn = obj as? PyFunction {
      return try callFunction(fn, selfValue: nil, args)
    }
    if let m = obj as? PyMethodDescriptor {
      guard args.count >= 1 else {
        throw PyException.typeError(
          "unbound method \(m.owner.name).\(m.name)() needs an argument")
      }
      let selfValue = args[0]
      guard selfValue.type.isSubtype(of: m.owner) else {
        // Dunder methods are slot wrappers in CPython, with other wording.
        if m.name.hasPrefix("__") && m.name.hasSuffix("__") {
          throw PyException.typeError(
            "descriptor '\(m.name)' requires a '\(m.owner.name)' object but received a '\(selfValue.typeName)'")
        }
        throw PyException.typeError(
          "descriptor '\(m.name)' for '\(m.owner.name)' objects doesn't apply to a '\(selfValue.typeName)' object")
      }
      let rest = Args(UnsafeBufferPointer(rebasing: args.values[1...]), keywordNames: args.keywordNames)
      return .value(try m.fn(self, selfValue, rest))
    }
    if let b = obj as? PyBuiltinFunction {
      return .value(try b.call(self, args))
    }
    if let bound = obj as? PyBoundMethod {
      if let fn = bound.function.as(PyFunction.self) {
        return try callFunction(fn, selfValue: bound.selfValue, args)
      }
      var all = [bound.selfValue]
      all.append(contentsOf: args.values)
      return .value(try Args.with(all, keywordNames: args.keywordNames) {
        (a: Args) throws(PyException) -> Value in try call(bound.function, a)
      })
    }
    if let type = obj as? PyType {
      return .value(try callType(type, args))
    }
    // Any object with __call__.
    if let method = obj.type.lookup(Names.call) {
      if let fn = method.as(PyFunction.self) {
        return try callFunction(fn, selfValue: callable, args)
      }
      var all = [callable]
      all.append(contentsOf: args.values)
      return .value(try Args.with(all, keywordNames: args.keywordNames) {
        (a: Args) throws(PyException) -> Value in try call(method, a)
      })
    }
    throw PyException.notSupported(callable, "is not callable")
  }

  /// `f(*args, **kwargs)`.
  func prepareCallEx(_ callable: Value, _ positional: Value, _ kwargs: Value) throws(PyException) -> CallOutcome {
    let items: [Value]
    if let t = positional.as(PyTuple.self) {
      items = t.items
    } else if let l = positional.as(PyList.self) {
      items = l.items
    } else {
      guard let iterable = try? iterate(positional) else {
        throw PyException.typeError(
          "\(describeCallable(callable)) argument after * must be an iterable, not \(positional.typeName)")
      }
      items = iterable
    }
    var values = items
    var names: [Value] = []
    if !kwargs.isNull {
      guard let dict = kwargs.as(PyDict.self) else {
        throw PyException.typeError(
          "\(describeCallable(callable)) argument after ** must be a mapping, not \(kwargs.typeName)")
      }
      for entry in dict.liveEntries {
        guard entry.key.asStr != nil else {
          throw PyException.typeError("keywords must be strings")
        }
        names.append(entry.key)
        values.append(entry.value)
      }
    }
    let keywordNames = names.isEmpty ? nil : PyTuple(names)
    var outcome: CallOutcome?
    try Args.with(values, keywordNames: keywordNames) { (a: Args) throws(PyException) -> Void in
      outcome = try prepareCall(callable, a)
    }
    return outcome ?? .value(.none)
  }

  /// The name CPython puts in front of call errors: `f()`, `A.m()`.
  func describeCallable(_ callable: Value) -> String {
    switch callable {
    case .object(let o):
      if let f = o as? PyFunction { return f.qualifiedName + "()" }
      if let b = o as? PyBuiltinFunction { return b.name + "()" }
      if let m = o as? PyBoundMethod { return describeCallable(m.function) }
      if let t = o as? PyType { return t.name + "()" }
      return "\(o.type.name) object"
    default:
      return "\(callable.typeName) object"
    }
  }

  // MARK: - Python functions

  /// Binds arguments into a new frame for `fn`. A generator or coroutine
  /// function returns its generator object instead of a frame to run.
  func callFunction(_ fn: PyFunction, selfValue: Value?, _ args: Args) throws(PyException) -> CallOutcome {
    let code = fn.code
    let frame = Frame.make(for: fn)
    let given = args.count &+ (selfValue == nil ? 0 : 1)
    if given == code.argCount && args.keywordNames == nil && code.hasOnlyPositionalParameters {
      // The common case: exactly the positional parameters, no defaults
      // needed, nothing to sort out.
      var slot = frame.slots
      if let s = selfValue {
        slot.pointee = s
        slot += 1
      }
      for i in 0..<args.count {
        slot.pointee = args[i]
        slot += 1
      }
    } else {
      try bindArguments(fn, frame, selfValue: selfValue, args)
    }
    if code.hasCellParameters { frame.initializeCellParameters() }
    if code.isGeneratorLike {
      return .value(.object(PyGenerator(frame: frame, function: fn)))
    }
    return .frame(frame)
  }

  /// The general argument binding of CPython's `initialize_locals`, with
  /// its error messages.
  private func bindArguments(_ fn: PyFunction, _ frame: Frame, selfValue: Value?, _ args: Args) throws(PyException) {
    let code = fn.code
    let object = code.object
    let argCount = object.argCount
    let kwOnly = object.keywordOnlyCount
    let hasVarArgs = code.flags.contains(.varArgs)
    let hasVarKeywords = code.flags.contains(.varKeywords)
    let slots = frame.slots
    // The positional arguments are `selfValue` (if any) then `args`' own,
    // read in place rather than gathered into an array.
    let selfCount = selfValue == nil ? 0 : 1
    let positionalCount = selfCount + args.count
    @inline(__always) func positional(_ i: Int) -> Value {
      if i < selfCount, let s = selfValue { return s }
      return args[i - selfCount]
    }

    var kwargsDict: PyDict?
    if hasVarKeywords {
      let d = PyDict()
      kwargsDict = d
      slots[argCount + kwOnly + (hasVarArgs ? 1 : 0)] = .object(d)
    }
    let n = min(positionalCount, argCount)
    for i in 0..<n { slots[i] = positional(i) }
    if hasVarArgs {
      var rest: [Value] = []
      if positionalCount > argCount {
        rest.reserveCapacity(positionalCount - argCount)
        for i in argCount..<positionalCount { rest.append(positional(i)) }
      }
      slots[argCount + kwOnly] = .object(rest.isEmpty ? PyTuple.empty : PyTuple(rest))
    } else if positionalCount > argCount {
      throw tooManyPositional(fn, given: positionalCount, args)
    }

    // Keyword arguments. Names at call sites and parameter names are both
    // interned, so identity finds the parameter; comparing text is only
    // the fallback (names built at run time, `**kwargs` keys).
    if let names = args.keywordNames {
      let base = args.count
      let parameters = code.parameterNames
      let firstNamed = object.positionalOnlyCount
      let end = argCount + kwOnly
      var positionalOnlyPassed: [String] = []
      for (k, nameValue) in names.items.enumerated() {
        guard let name = nameValue.asStr else {
          throw PyException.typeError("keywords must be strings")
        }
        let value = args[base + k]
        var index = -1
        var j = firstNamed
        while j < end {
          if parameters[j] === name {
            index = j
            break
          }
          j += 1
        }
        if index < 0 {
          j = firstNamed
          while j < end {
            if PyStr.equal(parameters[j], name) {
              index = j
              break
            }
            j += 1
          }
        }
        if index < 0 {
          if let d = kwargsDict {
            try d.set(nameValue, value, vm: self)
            continue
          }
          if (0..<object.positionalOnlyCount).contains(where: { PyStr.equal(parameters[$0], name) }) {
            positionalOnlyPassed.append(name.value)
            continue
          }
          throw PyException.typeError(
            "\(fn.qualifiedName)() got an unexpected keyword argument '\(name.value)'")
        }
        if !slots[index].isNull {
          throw PyException.typeError(
            "\(fn.qualifiedName)() got multiple values for argument '\(name.value)'")
        }
        slots[index] = value
      }
      if !positionalOnlyPassed.isEmpty {
        throw PyException.typeError(
          "\(fn.qualifiedName)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyPassed.joined(separator: ", "))'")
      }
    }

    // Defaults and missing arguments.
    if positionalCount < argCount {
      let firstDefault = argCount - fn.defaults.count
      var missing: [String] = []
      for i in positionalCount..<argCount where slots[i].isNull {
        if i >= firstDefault {
          slots[i] = fn.defaults[i - firstDefault]
        } else {
          missing.append(object.localNames[i])
        }
      }
      if !missing.isEmpty {
        throw missingArguments(fn, missing, kind: "positional")
      }
    }
    if kwOnly > 0 {
      var missing: [String] = []
      for i in argCount..<(argCount + kwOnly) where slots[i].isNull {
        if let d = fn.keywordDefaults, let v = d.getString(code.parameterNames[i]) {
          slots[i] = v
        } else {
          missing.append(object.localNames[i])
        }
      }
      if !missing.isEmpty {
        throw missingArguments(fn, missing, kind: "keyword-only")
      }
    }
  }

  private func missingArguments(_ fn: PyFunction, _ names: [String], kind: String) -> PyException {
    let quoted = names.map { "'\($0)'" }
    let list: String
    switch quoted.count {
    case 1: list = quoted[0]
    case 2: list = "\(quoted[0]) and \(quoted[1])"
    default: list = quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
    }
    let plural = names.count == 1 ? "argument" : "arguments"
    return PyException.typeError(
      "\(fn.qualifiedName)() missing \(names.count) required \(kind) \(plural): \(list)")
  }

  private func tooManyPositional(_ fn: PyFunction, given: Int, _ args: Args) -> PyException {
    let object = fn.code.object
    let argCount = object.argCount
    let defaults = fn.defaults.count
    let takes: String
    if defaults > 0 {
      takes = "from \(argCount - defaults) to \(argCount) positional arguments"
    } else {
      takes = "\(argCount) positional argument\(argCount == 1 ? "" : "s")"
    }
    var kwOnlyGiven = 0
    if let names = args.keywordNames {
      for n in names.items {
        guard let s = n.asStr else { continue }
        for j in argCount..<(argCount + object.keywordOnlyCount)
        where PyStr.equal(fn.code.parameterNames[j], s) {
          kwOnlyGiven += 1
        }
      }
    }
    let was = given == 1 ? "was" : "were"
    if kwOnlyGiven > 0 {
      let kw = "\(kwOnlyGiven) keyword-only argument\(kwOnlyGiven == 1 ? "" : "s")"
      return PyException.typeError(
        "\(fn.qualifiedName)() takes \(takes) but \(given) positional argument\(given == 1 ? "" : "s") (and \(kw)) were given")
    }
    return PyException.typeError("\(fn.qualifiedName)() takes \(takes) but \(given) \(was) given")
  }
}
