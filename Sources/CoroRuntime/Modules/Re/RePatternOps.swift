/// The scanning operations of `re.Pattern`: findall, finditer, sub, subn
/// and split, which search repeatedly and move past empty matches as sre
/// does (an empty match may follow a non-empty one at the same place, but
/// the next search from an empty match must not find another empty match
/// there).
extension PyRePattern {
  /// Successive matches from `start`; nil when there are no more.
  struct Scan {
    let matcher: ReMatcher
    var start: Int
    var finished = false

    init(_ matcher: ReMatcher, start: Int) {
      self.matcher = matcher
      self.start = start
    }

    mutating func next() -> Bool {
      if finished || start > matcher.end { return false }
      guard matcher.search(from: start) else {
        finished = true
        return false
      }
      let s = matcher.slots[0]
      let e = matcher.slots[1]
      matcher.mustAdvance = s == e
      start = e
      return true
    }
  }

  /// The parsed replacement template `value`.
  func template(_ value: Value) throws(PyException) -> ReTemplate {
    guard let units = ReSubject.units(of: value) else {
      throw PyException.typeError("decoding to str: need a bytes-like object, \(value.typeName) found")
    }
    do throws(ReCompileError) {
      return try ReTemplate.parse(
        units, isText: value.asStr != nil, groups: groups, names: groupIndex)
    } catch {
      throw error.exception(pattern: value)
    }
  }

  func findall(_ vm: VM, _ string: Value, pos: Int, endpos: Int) throws(PyException) -> Value {
    let s = try subject(string)
    let (m, start, _) = matcher(s, pos: pos, endpos: endpos)
    var scan = Scan(m, start: start)
    var items: [Value] = []
    while scan.next() {
      switch groups {
      case 0:
        items.append(s.slice(m.slots[0], m.slots[1]))
      case 1:
        items.append(ReTypes.groupText(s, m.slots, 1))
      default:
        items.append(.tuple((1...groups).map { ReTypes.groupText(s, m.slots, $0) }))
      }
    }
    return .list(items)
  }

  func finditer(_ vm: VM, _ string: Value, pos: Int, endpos: Int) throws(PyException) -> Value {
    let s = try subject(string)
    let (m, start, end) = matcher(s, pos: pos, endpos: endpos)
    var scan = Scan(m, start: start)
    return .object(PyClosureIterator(type: ReTypes.callableIterator) { (vm: VM) throws(PyException) -> Value? in
      guard scan.next() else { return nil }
      return .object(PyReMatch(pattern: self, subject: s, matcher: m, pos: start, endpos: end))
    })
  }

  /// sub and subn: the new text and the number of replacements.
  func substitute(
    _ vm: VM, _ repl: Value, _ string: Value, count: Int
  ) throws(PyException) -> (Value, Int) {
    var parsed: ReTemplate?
    var literal: Value?
    let callable = repl.asStr == nil && repl.as(PyBytes.self) == nil && vm.isCallable(repl)
    if !callable {
      let t = try template(repl)
      if t.isLiteral {
        let units = t.parts.flatMap { part -> [UInt32] in
          if case .literal(let u) = part { return u }
          return []
        }
        literal = ReSubject.make(units, bytes: repl.asStr == nil)
      } else {
        parsed = t
      }
    }
    let s = try subject(string)
    let (m, _, _) = matcher(s, pos: 0, endpos: Int.max)
    var scan = Scan(m, start: 0)
    var pieces: [Value] = []
    var last = 0
    var n = 0
    while count <= 0 || n < count {
      guard scan.next() else { break }
      let (b, e) = (m.slots[0], m.slots[1])
      if last < b { pieces.append(s.slice(last, b)) }
      if callable {
        let match = PyReMatch(pattern: self, subject: s, matcher: m, pos: 0, endpos: s.count)
        let item = try vm.call(repl, [.object(match)])
        if !item.isNone { pieces.append(item) }
      } else if let literal {
        pieces.append(literal)
      } else if let parsed {
        let units = parsed.expand(text: s.units, slots: m.slots)
        if !units.isEmpty { pieces.append(ReSubject.make(units, bytes: s.isBytes)) }
      }
      last = e
      n += 1
    }
    if n == 0 { return (s.value.asStr.map { .str($0.value) } ?? s.value, 0) }
    if last < s.count { pieces.append(s.slice(last, s.count)) }
    return (try ReTypes.join(pieces, bytes: s.isBytes), n)
  }

  func split(_ vm: VM, _ string: Value, maxsplit: Int) throws(PyException) -> Value {
    let s = try subject(string)
    if maxsplit < 0 { return .list([s.slice(0, s.count)]) }
    let (m, _, _) = matcher(s, pos: 0, endpos: Int.max)
    var scan = Scan(m, start: 0)
    var pieces: [Value] = []
    var last = 0
    var n = 0
    while maxsplit == 0 || n < maxsplit {
      guard scan.next() else { break }
      pieces.append(s.slice(last, m.slots[0]))
      for g in stride(from: 1, through: groups, by: 1) {
        let (a, b) = (m.slots[2 * g], m.slots[2 * g + 1])
        pieces.append(a >= 0 && b >= a ? s.slice(a, b) : .none)
      }
      last = m.slots[1]
      n += 1
    }
    pieces.append(s.slice(last, s.count))
    return .list(pieces)
  }
}

extension ReTypes {
  /// A group's text for findall: the empty string when it did not match.
  static func groupText(_ s: ReSubject, _ slots: [Int], _ g: Int) -> Value {
    let (a, b) = (slots[2 * g], slots[2 * g + 1])
    return a >= 0 && b >= a ? s.slice(a, b) : s.empty
  }

  /// Joins the pieces of `sub`'s result, with `str.join`'s errors for
  /// replacement functions that return something else.
  static func join(_ pieces: [Value], bytes: Bool) throws(PyException) -> Value {
    if bytes {
      var out: [UInt8] = []
      for (i, p) in pieces.enumerated() {
        guard let b = p.as(PyBytes.self) else {
          throw PyException.typeError(
            "sequence item \(i): expected a bytes-like object, \(p.typeName) found")
        }
        out.append(contentsOf: b.bytes)
      }
      return .object(PyBytes(out))
    }
    var out = ""
    for (i, p) in pieces.enumerated() {
      guard let s = p.asStr else {
        throw PyException.typeError("sequence item \(i): expected str instance, \(p.typeName) found")
      }
      out += s.value
    }
    return .str(out)
  }
}
