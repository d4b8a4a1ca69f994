import Foundation

/// `re.Pattern`: a compiled regular expression.
final class PyRePattern: PyObject, PyReprCustomizable {
  /// The pattern as given (str or bytes).
  let source: Value
  /// The flags after parsing (inline flags and the default UNICODE).
  let flags: Int
  let program: ReProgram
  let isBytes: Bool
  /// Named groups in order of definition.
  let groupNames: [(String, Int)]
  let groupIndex: [String: Int]

  init(source: Value, flags: Int, program: ReProgram, isBytes: Bool, groupNames: [(String, Int)]) {
    self.source = source
    self.flags = flags
    self.program = program
    self.isBytes = isBytes
    self.groupNames = groupNames
    var index: [String: Int] = [:]
    for (name, group) in groupNames { index[name] = group }
    groupIndex = index
  }

  override var type: PyType { ReTypes.pattern }

  var groups: Int { program.groups }

  /// The name of group `g`, if it has one.
  func name(ofGroup g: Int) -> String? {
    groupNames.first { $0.1 == g }?.0
  }

  // MARK: - Compiling, with a cache like re._cache

  private struct CacheKey: Hashable {
    let isBytes: Bool
    let units: [UInt32]
    let flags: Int
  }

  nonisolated(unsafe) private static var cache: [CacheKey: PyRePattern] = [:]
  private static let cacheLock = NSLock()
  private static let cacheLimit = 512

  static func purgeCache() {
    cacheLock.lock()
    cache.removeAll()
    cacheLock.unlock()
  }

  /// `re.compile(pattern, flags)`: a Pattern is returned as is (flags
  /// must then be 0); str and bytes are compiled once and cached.
  static func compile(_ pattern: Value, flags: Int) throws(PyException) -> PyRePattern {
    if let p = pattern.as(PyRePattern.self) {
      if flags != 0 {
        throw PyException.valueError("cannot process flags argument with a compiled pattern")
      }
      return p
    }
    guard let units = ReSubject.units(of: pattern) else {
      throw PyException.typeError("first argument must be string or compiled pattern")
    }
    let isBytes = pattern.asStr == nil
    let key = CacheKey(isBytes: isBytes, units: units, flags: flags)
    cacheLock.lock()
    let cached = cache[key]
    cacheLock.unlock()
    if let cached { return cached }
    let compiled: (program: ReProgram, state: ReParseState)
    do throws(ReCompileError) {
      compiled = try ReCompiler.compile(units, isText: !isBytes, flags: flags)
    } catch {
      throw error.exception(pattern: pattern)
    }
    // Keep an exact str or bytes (not a subclass instance) as `.pattern`.
    let source = pattern.asStr.map { Value.str($0.value) } ?? pattern
    let p = PyRePattern(
      source: source, flags: compiled.state.flags, program: compiled.program, isBytes: isBytes,
      groupNames: compiled.state.groupNames)
    if flags & ReFlag.debug == 0 {
      cacheLock.lock()
      if cache.count >= cacheLimit { cache.removeAll() }
      cache[key] = p
      cacheLock.unlock()
    }
    return p
  }

  // MARK: - repr

  private static let flagNames: [(String, Int)] = [
    ("re.TEMPLATE", ReFlag.template), ("re.IGNORECASE", ReFlag.ignoreCase),
    ("re.LOCALE", ReFlag.locale), ("re.MULTILINE", ReFlag.multiline),
    ("re.DOTALL", ReFlag.dotAll), ("re.UNICODE", ReFlag.unicode), ("re.VERBOSE", ReFlag.verbose),
    ("re.DEBUG", ReFlag.debug), ("re.ASCII", ReFlag.ascii),
  ]

  /// `re.compile('a+', re.IGNORECASE)`, the pattern's repr cut at 200
  /// characters as CPython's `%.200R`.
  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    let text: String
    if let s = source.asStr {
      text = StringRepr.repr(s.value, maxLength: 200)
    } else {
      text = String(try vm.repr(source).unicodeScalars.prefix(200))
    }
    var remaining = flags
    if !isBytes && remaining & ReFlag.typeFlags == ReFlag.unicode { remaining &= ~ReFlag.unicode }
    var names: [String] = []
    for (name, value) in PyRePattern.flagNames where remaining & value != 0 {
      names.append(name)
      remaining &= ~value
    }
    if remaining != 0 { names.append("0x" + String(remaining, radix: 16)) }
    if names.isEmpty { return "re.compile(\(text))" }
    return "re.compile(\(text), \(names.joined(separator: "|")))"
  }

  // MARK: - Running

  /// The subject for a call, checked against the pattern's kind.
  func subject(_ v: Value) throws(PyException) -> ReSubject {
    guard let s = ReSubject(v) else { throw ReSubject.typeError(v) }
    if s.isBytes && !isBytes {
      throw PyException.typeError("cannot use a string pattern on a bytes-like object")
    }
    if !s.isBytes && isBytes {
      throw PyException.typeError("cannot use a bytes pattern on a string-like object")
    }
    return s
  }

  /// A matcher over `subject` from `pos` to `endpos`, clamped as sre does.
  func matcher(_ subject: ReSubject, pos: Int, endpos: Int) -> (ReMatcher, Int, Int) {
    let n = subject.count
    let start = Swift.min(Swift.max(pos, 0), n)
    let end = Swift.min(Swift.max(endpos, 0), n)
    return (ReMatcher(program: program, text: subject.units, end: end), start, end)
  }

  /// match, fullmatch or search: a Match object or None.
  func run(
    _ vm: VM, _ kind: RunKind, _ string: Value, pos: Int = 0, endpos: Int = Int.max
  ) throws(PyException) -> Value {
    let s = try subject(string)
    let (m, start, end) = matcher(s, pos: pos, endpos: endpos)
    let found: Bool
    switch kind {
    case .match: found = m.match(at: start)
    case .fullMatch:
      m.matchAll = true
      found = m.match(at: start)
    case .search: found = m.search(from: start)
    }
    guard found else { return .none }
    return .object(PyReMatch(pattern: self, subject: s, matcher: m, pos: start, endpos: end))
  }

  enum RunKind {
    case match, fullMatch, search
  }
}
