/// What Tab offers at the prompt: the word being completed and the texts
/// that may replace it.
public struct REPLCompletions: Equatable, Sendable {
  /// The end of the line that the matches replace (`asyncio.ga`).
  public var word: String
  /// Full replacements for `word`, sorted (`asyncio.gather(`).
  public var matches: [String]

  public init(word: String, matches: [String]) {
    self.word = word
    self.matches = matches
  }
}

/// Tab completion, as CPython's `rlcompleter`: keywords and the names of
/// `__main__` and the builtins; after a dot, the attributes of the object
/// that the dotted names before it denote. Callables get a `(` appended and
/// most keywords a space, as rlcompleter does.
///
/// Unlike rlcompleter, nothing is evaluated: the object before the dot is
/// found by looking names up in dicts (module, instance, class), so no
/// property, `__getattr__` or other user code ever runs because of a Tab.
extension REPLSession {
  /// Completions for the word at the end of `text` (the line up to the
  /// cursor).
  public func completions(for text: String) -> REPLCompletions {
    let tail = text.reversed().prefix { $0 == "." || $0 == "_" || $0.isLetter || $0.isNumber }
    let word = String(tail.reversed())
    guard let dot = word.lastIndex(of: ".") else {
      return REPLCompletions(word: word, matches: globalMatches(word))
    }
    let expression = String(word[..<dot])
    let attribute = String(word[word.index(after: dot)...])
    return REPLCompletions(word: word, matches: attributeMatches(expression, attribute))
  }

  /// Python 3.11's keywords and soft keywords.
  static let keywords = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield", "_", "case", "match",
  ]

  private func globalMatches(_ prefix: String) -> [String] {
    guard prefix.first.map({ !$0.isNumber }) ?? true else { return [] }
    var seen: Set<String> = ["__builtins__"]
    var matches: [String] = []
    for word in REPLSession.keywords where word.hasPrefix(prefix) {
      seen.insert(word)
      switch word {
      case "finally", "try": matches.append(word + ":")
      case "False", "None", "True", "break", "continue", "pass", "else", "_": matches.append(word)
      default: matches.append(word + " ")
      }
    }
    let main = interpreter.mainModule(filename: nil)
    for dict in [main.dict, interpreter.builtinsDict] {
      for entry in dict.liveEntries {
        guard let name = entry.key.asStr?.value, name.hasPrefix(prefix), !seen.contains(name) else {
          continue
        }
        seen.insert(name)
        matches.append(name + (interpreter.mainVM.isCallable(entry.value) ? "(" : ""))
      }
    }
    return matches.sorted()
  }

  private func attributeMatches(_ expression: String, _ attribute: String) -> [String] {
    guard let object = lookUpDottedName(expression) else { return [] }
    let vm = interpreter.mainVM!
    var words = Set(vm.directory(of: object))
    words.remove("__builtins__")
    words.insert("__class__")
    // rlcompleter hides _private names until a '_' is typed, and __dunder__
    // names until '__' is (unless nothing else matches).
    var hidden: String? = attribute.isEmpty ? "_" : attribute == "_" ? "__" : nil
    while true {
      var matches: [String] = []
      for word in words where word.hasPrefix(attribute) {
        if let hidden, word.hasPrefix(hidden) { continue }
        let callable = peekAttribute(object, word).map { isCallableAttribute($0) } ?? false
        matches.append(expression + "." + word + (callable ? "(" : ""))
      }
      if !matches.isEmpty || hidden == nil { return matches.sorted() }
      hidden = hidden == "_" ? "__" : nil
    }
  }

  /// The object `a.b.c` denotes, found without running any code.
  private func lookUpDottedName(_ expression: String) -> Value? {
    let parts = expression.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard let first = parts.first, parts.allSatisfy(isIdentifier) else { return nil }
    let main = interpreter.mainModule(filename: nil)
    guard var value = main.dict.getString(first) ?? interpreter.builtinsDict.getString(first) else {
      return nil
    }
    for part in parts.dropFirst() {
      guard let next = peekAttribute(value, part), !isComputed(next) else { return nil }
      value = next
    }
    return value
  }

  private func isIdentifier(_ s: String) -> Bool {
    guard let first = s.first, first == "_" || first.isLetter else { return false }
    return s.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
  }

  /// The attribute as stored (module dict, instance dict, class dicts along
  /// the MRO), without calling descriptors.
  private func peekAttribute(_ value: Value, _ name: String) -> Value? {
    if name == "__class__" { return .object(value.type) }
    if case .object(let o) = value {
      if let module = o as? PyModule { return module.dict.getString(name) }
      if let type = o as? PyType {
        for t in type.mro { if let v = t.dict.getString(name) { return v } }
        return nil
      }
      if let dict = o.instanceDict, let v = dict.getString(name) { return v }
    }
    for t in value.type.mro {
      if let v = t.dict.getString(name) { return v }
    }
    return nil
  }

  /// A class attribute whose value only a call can give (a property).
  private func isComputed(_ value: Value) -> Bool {
    guard case .object(let o) = value else { return false }
    return o is PyGetSetDescriptor || o.type === BuiltinTypes.property
  }

  private func isCallableAttribute(_ value: Value) -> Bool {
    if isComputed(value) { return false }
    if case .object(let o) = value,
      o.type === BuiltinTypes.classmethod || o.type === BuiltinTypes.staticmethod
    {
      return true
    }
    return interpreter.mainVM.isCallable(value)
  }
}
