/// What `(` introduced.
enum ReGroupResult {
  case node(ReNode)
  /// A comment `(?#...)`.
  case nothing
  /// Global flags `(?i)`, now in the parser state.
  case globalFlags
}

extension ReParser {
  /// Everything that starts with `(`: groups, extensions, assertions,
  /// conditionals, comments and inline flags.
  mutating func parseGroup(verbose: Bool, nested: Int, first: Bool) throws(ReCompileError) -> ReGroupResult {
    let start = source.tell - 1
    var capture = true
    var atomic = false
    var name: String?
    var addFlags = 0
    var removeFlags = 0
    if try source.match("?") {
      guard let char = try source.get() else { throw source.error("unexpected end of pattern") }
      switch char.escaped ? "\\" : Unicode.Scalar(char.char) {
      case "P":
        if try source.match("<") {
          let n = try source.getUntil(">", "group name")
          try checkGroupName(n, 1)
          name = n
        } else if try source.match("=") {
          let n = try source.getUntil(")", "group name")
          try checkGroupName(n, 1)
          guard let gid = state.groupDict[n] else {
            throw source.error("unknown group name \(ReParser.quoted(n))", n.unicodeScalars.count + 1)
          }
          if !state.isClosed(gid) {
            throw source.error("cannot refer to an open group", n.unicodeScalars.count + 1)
          }
          try checkLookbehindGroup(gid)
          return .node(.groupRef(gid))
        } else {
          guard let c = try source.get() else { throw source.error("unexpected end of pattern") }
          throw source.error("unknown extension ?P" + c.text, c.length + 2)
        }
      case ":":
        capture = false
      case "#":
        while true {
          guard source.next != nil else {
            throw source.error("missing ), unterminated comment", source.tell - start)
          }
          if let c = try source.get(), c.isChar(")") { break }
        }
        return .nothing
      case "=", "!", "<":
        var negative = char.char == 0x21
        var behind = false
        if char.char == 0x3C {
          guard let c = try source.get() else { throw source.error("unexpected end of pattern") }
          guard c.isChar("=") || c.isChar("!") else {
            throw source.error("unknown extension ?<" + c.text, c.length + 2)
          }
          negative = c.char == 0x21
          behind = true
        }
        let outer = state.lookbehindGroups
        if behind && outer == nil { state.lookbehindGroups = state.groups }
        let body = try parseAlternatives(verbose: verbose, nested: nested + 1)
        if behind && outer == nil { state.lookbehindGroups = nil }
        if !(try source.match(")")) {
          throw source.error("missing ), unterminated subpattern", source.tell - start)
        }
        return .node(.look(behind: behind, negative: negative, body))
      case "(":
        return .node(try parseConditional(verbose: verbose, nested: nested, start: start))
      case ">":
        capture = false
        atomic = true
      default:
        guard !char.escaped, ReFlag.letter(char.char) != nil || char.char == 0x2D else {
          throw source.error("unknown extension ?" + char.text, char.length + 1)
        }
        guard let (add, remove) = try parseFlags(char) else {
          if !first {
            throw source.error(
              "global flags not at the start of the expression", source.tell - start)
          }
          return .globalFlags
        }
        addFlags = add
        removeFlags = remove
        capture = false
      }
    }
    var group: Int?
    if capture {
      group = try openGroup(name)
    }
    let subVerbose =
      (verbose || addFlags & ReFlag.verbose != 0) && removeFlags & ReFlag.verbose == 0
    let body = try parseAlternatives(verbose: subVerbose, nested: nested + 1)
    if !(try source.match(")")) {
      throw source.error("missing ), unterminated subpattern", source.tell - start)
    }
    if let group {
      state.groupWidths[group] = ReNode.width(body, state.groupWidths)
    }
    if atomic { return .node(.atomic(body)) }
    return .node(.group(index: group, add: addFlags, remove: removeFlags, body))
  }

  /// A new group number, recording its name.
  private mutating func openGroup(_ name: String?) throws(ReCompileError) -> Int {
    let gid = state.groups
    if let name {
      if let old = state.groupDict[name] {
        throw source.error(
          "redefinition of group name \(ReParser.quoted(name)) as group \(gid); was group \(old)",
          name.unicodeScalars.count + 1)
      }
      state.groupDict[name] = gid
      state.groupNames.append((name, gid))
    }
    state.groupWidths.append(nil)
    return gid
  }

  /// `(?(1)yes|no)` and `(?(name)yes|no)`.
  private mutating func parseConditional(verbose: Bool, nested: Int, start: Int) throws(ReCompileError) -> ReNode {
    let condName = try source.getUntil(")", "group name")
    let length = condName.unicodeScalars.count
    var group: Int
    if ReParser.isIdentifier(condName) {
      guard let g = state.groupDict[condName] else {
        throw source.error("unknown group name \(ReParser.quoted(condName))", length + 1)
      }
      group = g
    } else {
      guard let g = ReParser.decimalNumber(condName) else {
        throw source.error("bad character in group name \(ReParser.quoted(condName))", length + 1)
      }
      if g == 0 { throw source.error("bad group number", length + 1) }
      group = g
      if !state.groupRefPositions.contains(where: { $0.0 == g }) {
        state.groupRefPositions.append((g, source.tell - length - 1))
      }
    }
    try checkLookbehindGroup(group)
    let yes = try parseSequence(verbose: verbose, nested: nested + 1, first: false)
    var no: [ReNode]?
    if try source.match("|") {
      no = try parseSequence(verbose: verbose, nested: nested + 1, first: false)
      if let n = source.next, n.isChar("|") {
        throw source.error("conditional backref with more than two branches")
      }
    }
    if !(try source.match(")")) {
      throw source.error("missing ), unterminated subpattern", source.tell - start)
    }
    return .groupExists(group, yes: yes, no: no)
  }

  /// Inline flags after `(?`: nil for global flags `(?i)`, else the flags
  /// turned on and off by `(?i-s:...)`.
  private mutating func parseFlags(_ first: ReToken) throws(ReCompileError) -> (Int, Int)? {
    var char: ReToken? = first
    var add = 0
    var remove = 0
    if !first.isChar("-") {
      while true {
        guard let c = char, let flag = ReFlag.letter(c.char) else { break }
        if source.isText && c.char == 0x4C {
          throw source.error("bad inline flags: cannot use 'L' flag with a str pattern")
        }
        if !source.isText && c.char == 0x75 {
          throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
        }
        add |= flag
        if flag & ReFlag.typeFlags != 0 && add & ReFlag.typeFlags != flag {
          throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
        }
        char = try source.get()
        guard let next = char else { throw source.error("missing -, : or )") }
        if next.isChar(")") || next.isChar("-") || next.isChar(":") { break }
        if next.escaped || ReFlag.letter(next.char) == nil {
          let letter = !next.escaped && ReParser.isAlpha(next.char)
          throw source.error(letter ? "unknown flag" : "missing -, : or )", next.length)
        }
      }
    }
    if let c = char, c.isChar(")") {
      state.flags |= add
      return nil
    }
    if add & ReFlag.globalFlags != 0 {
      throw source.error("bad inline flags: cannot turn on global flag", 1)
    }
    if let c = char, c.isChar("-") {
      char = try source.get()
      guard let c = char else { throw source.error("missing flag") }
      if c.escaped || ReFlag.letter(c.char) == nil {
        let letter = !c.escaped && ReParser.isAlpha(c.char)
        throw source.error(letter ? "unknown flag" : "missing flag", c.length)
      }
      while true {
        guard let c = char, let flag = ReFlag.letter(c.char) else { break }
        if flag & ReFlag.typeFlags != 0 {
          throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
        }
        remove |= flag
        char = try source.get()
        guard let next = char else { throw source.error("missing :") }
        if next.isChar(":") { break }
        if next.escaped || ReFlag.letter(next.char) == nil {
          let letter = !next.escaped && ReParser.isAlpha(next.char)
          throw source.error(letter ? "unknown flag" : "missing :", next.length)
        }
      }
    }
    if remove & ReFlag.globalFlags != 0 {
      throw source.error("bad inline flags: cannot turn off global flag", 1)
    }
    if add & remove != 0 {
      throw source.error("bad inline flags: flag turned on and off", 1)
    }
    return (add, remove)
  }

  /// Group names must be identifiers.
  func checkGroupName(_ name: String, _ offset: Int) throws(ReCompileError) {
    if !ReParser.isIdentifier(name) {
      throw source.error(
        "bad character in group name \(ReParser.quoted(name))", name.unicodeScalars.count + offset)
    }
  }

  /// A backreference inside a lookbehind may only name groups closed
  /// before the lookbehind began.
  func checkLookbehindGroup(_ gid: Int) throws(ReCompileError) {
    guard let first = state.lookbehindGroups else { return }
    if !state.isClosed(gid) { throw source.error("cannot refer to an open group") }
    if gid >= first {
      throw source.error("cannot refer to group defined in the same lookbehind subpattern")
    }
  }

  static func isIdentifier(_ s: String) -> Bool {
    StrClass.isIdentifier(PyStr(s))
  }

  static func isAlpha(_ c: UInt32) -> Bool {
    guard let s = Unicode.Scalar(c) else { return false }
    return StrClass.isAlpha(s)
  }

  /// A non-negative integer as Python's `int()` reads it (spaces around,
  /// `+`, underscores between digits), or nil.
  static func decimalNumber(_ s: String) -> Int? {
    var scalars = Array(s.unicodeScalars)
    while let f = scalars.first, StrWhitespace.isSpace(f.value) { scalars.removeFirst() }
    while let l = scalars.last, StrWhitespace.isSpace(l.value) { scalars.removeLast() }
    if scalars.first == "+" { scalars.removeFirst() }
    guard let first = scalars.first, first != "_", scalars.last != "_" else { return nil }
    var value = 0
    var previousUnderscore = false
    for c in scalars {
      if c == "_" {
        if previousUnderscore { return nil }
        previousUnderscore = true
        continue
      }
      previousUnderscore = false
      guard c.value >= 0x30 && c.value <= 0x39 else { return nil }
      let (m, o1) = value.multipliedReportingOverflow(by: 10)
      let (a, o2) = m.addingReportingOverflow(Int(c.value - 0x30))
      value = o1 || o2 ? Int.max : a
    }
    return value
  }

  /// `repr()` of a string, for messages that quote a name with %r.
  static func quoted(_ s: String) -> String {
    StringRepr.repr(s)
  }
}
