/// Argument checks for Swift-implemented functions, with the messages
/// CPython's calling conventions produce (METH_O, METH_NOARGS, Argument
/// Clinic's positional checks).
extension Args {
  /// `name() takes no keyword arguments`.
  func rejectKeywords(_ name: String) throws(PyException) {
    if keywordCount > 0 {
      throw PyException.typeError("\(name)() takes no keyword arguments")
    }
  }

  /// METH_O: exactly one positional argument.
  func one(_ name: String) throws(PyException) -> Value {
    try rejectKeywords(name)
    guard count == 1 else {
      throw PyException.typeError("\(name)() takes exactly one argument (\(count) given)")
    }
    return values[0]
  }

  /// METH_NOARGS.
  func none(_ name: String) throws(PyException) {
    try rejectKeywords(name)
    if count != 0 {
      throw PyException.typeError("\(name)() takes no arguments (\(count) given)")
    }
  }

  /// Argument Clinic's `_PyArg_CheckPositional`: between `min` and `max`
  /// positional arguments, no keywords.
  func positional(_ name: String, _ min: Int, _ max: Int) throws(PyException) -> [Value] {
    try rejectKeywords(name)
    try checkCount(name, min, max)
    return Array(values[0..<count])
  }

  func checkCount(_ name: String, _ min: Int, _ max: Int) throws(PyException) {
    let n = count
    if n < min {
      let plural = min == 1 ? "" : "s"
      if min == max {
        throw PyException.typeError("\(name) expected \(min) argument\(plural), got \(n)")
      }
      throw PyException.typeError("\(name) expected at least \(min) argument\(plural), got \(n)")
    }
    if n > max {
      let plural = max == 1 ? "" : "s"
      if min == max {
        throw PyException.typeError("\(name) expected \(max) argument\(plural), got \(n)")
      }
      throw PyException.typeError("\(name) expected at most \(max) argument\(plural), got \(n)")
    }
  }

  /// Binds positional-or-keyword parameters by name, Argument Clinic
  /// style. Returns one optional value per name.
  func bind(
    _ function: String, _ names: [String], required: Int = 0, positionalOnly: Int = 0,
    keywordOnly: [String] = []
  ) throws(PyException) -> [Value?] {
    var result = [Value?](repeating: nil, count: names.count + keywordOnly.count)
    let n = count
    if n > names.count {
      let takes = names.count
      if required == takes {
        throw PyException.typeError(
          "\(function)() takes exactly \(takes) argument\(takes == 1 ? "" : "s") (\(n) given)")
      }
      throw PyException.typeError(
        "\(function)() takes at most \(takes) argument\(takes == 1 ? "" : "s") (\(n) given)")
    }
    for i in 0..<n { result[i] = values[i] }
    if let keywordNames {
      // Looked up without building the keyword list or the joined name
      // list: this runs on every call of a builtin that takes keywords.
      for (j, key) in keywordNames.items.enumerated() {
        let name = key.asStr?.value ?? ""
        let index: Int
        if let i = names.firstIndex(of: name), i >= positionalOnly {
          index = i
        } else if let k = keywordOnly.firstIndex(of: name) {
          index = names.count + k
        } else {
          throw PyException.typeError("'\(name)' is an invalid keyword argument for \(function)()")
        }
        if result[index] != nil {
          throw PyException.typeError(
            "argument for \(function)() given by name ('\(name)') and position (\(index + 1))")
        }
        result[index] = values[n + j]
      }
    }
    for i in 0..<required where result[i] == nil {
      if i < n { continue }
      let name = i < names.count ? names[i] : keywordOnly[i - names.count]
      throw PyException.typeError(
        "\(function)() missing required argument '\(name)' (pos \(i + 1))")
    }
    return result
  }
}

extension VM {
  /// An int argument (`__index__`), with CPython's message when it is not.
  func intArgument(_ v: Value, _ what: String = "") throws(PyException) -> Int {
    if let i = try index(v) { return i }
    if case .float = v {
      throw PyException.typeError("'float' object cannot be interpreted as an integer")
    }
    throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
  }

  /// A str argument, or TypeError naming what was expected.
  func stringArgument(_ v: Value, _ message: @autoclosure () -> String) throws(PyException) -> PyStr {
    guard let s = v.asStr else { throw PyException.typeError(message()) }
    return s
  }
}
