/// `re.Match`: the result of a successful match, with its groups.
final class PyReMatch: PyObject, PyReprCustomizable {
  let pattern: PyRePattern
  let subject: ReSubject
  /// Start and end of each group (-1 when it did not take part).
  let slots: [Int]
  let lastIndex: Int
  let pos: Int
  let endpos: Int

  init(pattern: PyRePattern, subject: ReSubject, matcher: ReMatcher, pos: Int, endpos: Int) {
    self.pattern = pattern
    self.subject = subject
    slots = matcher.slots
    lastIndex = matcher.lastIndex
    self.pos = pos
    self.endpos = endpos
  }

  override var type: PyType { ReTypes.match }

  /// The group number for a group argument (an int or a group name).
  func groupIndex(_ vm: VM, _ key: Value) throws(PyException) -> Int {
    var index: Int?
    if case .object(let o) = key, let s = o as? PyStr {
      index = pattern.groupIndex[s.value]
    } else if case .float = key {
      index = nil
    } else if let i = try vm.index(key) {
      index = i
    }
    guard let g = index, g >= 0, g <= pattern.groups else {
      throw PyException.indexError("no such group")
    }
    return g
  }

  func span(_ g: Int) -> (Int, Int) {
    (slots[2 * g], slots[2 * g + 1])
  }

  /// Group `g`'s text, or `default` when it did not match.
  func group(_ g: Int, default value: Value = .none) -> Value {
    let (a, b) = span(g)
    guard a >= 0, b >= a else { return value }
    return subject.slice(a, b)
  }

  func group(_ vm: VM, _ key: Value) throws(PyException) -> Value {
    group(try groupIndex(vm, key))
  }

  /// `<re.Match object; span=(0, 3), match='abc'>` (the match's repr cut
  /// at 50 characters, as CPython's `%.50R`).
  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    let (a, b) = span(0)
    let text: String
    let matched = group(0)
    if let s = matched.asStr {
      text = StringRepr.repr(s.value, maxLength: 50)
    } else {
      text = String(try vm.repr(matched).unicodeScalars.prefix(50))
    }
    return "<re.Match object; span=(\(a), \(b)), match=\(text)>"
  }

  /// `expand(template)` for this match.
  func expand(_ vm: VM, _ template: Value) throws(PyException) -> Value {
    let parsed = try pattern.template(template)
    return ReSubject.make(parsed.expand(text: subject.units, slots: slots), bytes: subject.isBytes)
  }
}

extension ReTypes {
  /// The methods and attributes of `re.Match`.
  static func installMatch(_ t: PyType) {
    func receiver(_ v: Value) throws(PyException) -> PyReMatch {
      guard let m = v.as(PyReMatch.self) else {
        throw PyException.typeError("descriptor requires a 're.Match' object")
      }
      return m
    }
    t.addMethod("group") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let m = try receiver(v)
      if args.keywordCount > 0 { throw PyException.typeError("Match.group() takes no keyword arguments") }
      switch args.count {
      case 0: return m.group(0)
      case 1: return try m.group(vm, args[0])
      default:
        var items: [Value] = []
        for a in args.positional { items.append(try m.group(vm, a)) }
        return .tuple(items)
      }
    }
    t.addMethod("__getitem__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try receiver(v).group(vm, try args.one("__getitem__"))
    }
    t.addMethod("groups") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let m = try receiver(v)
      let b = try args.bind("groups", ["default"])
      let d = b[0] ?? .none
      return .tuple(m.pattern.groups == 0 ? [] : (1...m.pattern.groups).map { m.group($0, default: d) })
    }
    t.addMethod("groupdict") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let m = try receiver(v)
      let b = try args.bind("groupdict", ["default"])
      let d = b[0] ?? .none
      let dict = PyDict()
      for (name, g) in m.pattern.groupNames { dict.setString(name, m.group(g, default: d)) }
      return .object(dict)
    }
    for name in ["start", "end", "span"] {
      t.addMethod(name) { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let m = try receiver(v)
        let a = try args.positional(name, 0, 1)
        let g = a.isEmpty ? 0 : try m.groupIndex(vm, a[0])
        let (s, e) = m.span(g)
        let ok = s >= 0 && e >= s
        switch name {
        case "start": return .int(ok ? s : -1)
        case "end": return .int(ok ? e : -1)
        default: return .tuple(ok ? [.int(s), .int(e)] : [.int(-1), .int(-1)])
        }
      }
    }
    t.addMethod("expand") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let m = try receiver(v)
      let b = try args.bind("expand", ["template"], required: 1)
      return try m.expand(vm, b[0] ?? .none)
    }
    t.addMethod("__copy__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in v }
    t.addMethod("__deepcopy__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in v }
    t.addGetter("string") { (vm: VM, v: Value) throws(PyException) -> Value in
      try receiver(v).subject.value
    }
    t.addGetter("re") { (vm: VM, v: Value) throws(PyException) -> Value in
      .object(try receiver(v).pattern)
    }
    t.addGetter("pos") { (vm: VM, v: Value) throws(PyException) -> Value in .int(try receiver(v).pos) }
    t.addGetter("endpos") { (vm: VM, v: Value) throws(PyException) -> Value in
      .int(try receiver(v).endpos)
    }
    t.addGetter("lastindex") { (vm: VM, v: Value) throws(PyException) -> Value in
      let m = try receiver(v)
      return m.lastIndex >= 1 ? .int(m.lastIndex) : .none
    }
    t.addGetter("lastgroup") { (vm: VM, v: Value) throws(PyException) -> Value in
      let m = try receiver(v)
      guard m.lastIndex >= 1, let name = m.pattern.name(ofGroup: m.lastIndex) else { return .none }
      return .str(name)
    }
    t.addGetter("regs") { (vm: VM, v: Value) throws(PyException) -> Value in
      let m = try receiver(v)
      return .tuple((0...m.pattern.groups).map { g in
        let (s, e) = m.span(g)
        return .tuple([.int(s), .int(e)])
      })
    }
  }
}
