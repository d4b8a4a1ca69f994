/// Turns parsed pattern nodes into a `ReProgram`, applying the flags in
/// force at each point (IGNORECASE, MULTILINE, DOTALL, ASCII).
struct ReCompiler {
  private var code: [ReInst] = []
  private var repeats = 0
  private let isText: Bool
  private let groupWidths: [(Int, Int)?]

  private init(isText: Bool, groupWidths: [(Int, Int)?]) {
    self.isText = isText
    self.groupWidths = groupWidths
  }

  /// Parses and compiles a pattern.
  static func compile(
    _ units: [UInt32], isText: Bool, flags: Int
  ) throws(ReCompileError) -> (program: ReProgram, state: ReParseState) {
    let (nodes, state) = try ReParser.parse(units, isText: isText, flags: flags)
    var compiler = ReCompiler(isText: isText, groupWidths: state.groupWidths)
    try compiler.emit(nodes, flags: state.flags)
    compiler.code.append(.match)
    let program = ReProgram(code: compiler.code, groups: state.groups - 1, repeats: compiler.repeats)
    return (program, state)
  }

  private var pc: Int { code.count }

  /// Emits a placeholder to patch once its target is known.
  private mutating func placeholder() -> Int {
    code.append(.match)
    return code.count - 1
  }

  private func isUnicode(_ flags: Int) -> Bool {
    isText && flags & ReFlag.ascii == 0
  }

  private mutating func emit(_ nodes: [ReNode], flags: Int) throws(ReCompileError) {
    for (i, node) in nodes.enumerated() {
      var next: UInt32?
      if i + 1 < nodes.count, case .literal(let c) = nodes[i + 1], flags & ReFlag.ignoreCase == 0 {
        next = c
      }
      try emit(node, flags: flags, next: next)
    }
  }

  /// The one-character test for `node`, or nil if it is not one.
  private func single(_ node: ReNode, flags: Int) -> ReSingle? {
    let ignoreCase = flags & ReFlag.ignoreCase != 0
    let unicode = isUnicode(flags)
    switch node {
    case .literal(let c):
      if ignoreCase && ReChars.caseVariants(c, unicode: unicode).contains(where: { $0 != c }) {
        return .charFold(ReChars.fold(c, unicode: unicode), unicode: unicode)
      }
      return .char(c)
    case .notLiteral(let c):
      if ignoreCase && ReChars.caseVariants(c, unicode: unicode).contains(where: { $0 != c }) {
        return .notCharFold(ReChars.fold(c, unicode: unicode), unicode: unicode)
      }
      return .notChar(c)
    case .any:
      return flags & ReFlag.dotAll != 0 ? .anyAll : .any
    case .set(let items, let negated):
      return .set(ReCharSet(items: items, negated: negated, ignoreCase: ignoreCase, unicode: unicode))
    default:
      return nil
    }
  }

  private mutating func emit(_ node: ReNode, flags: Int, next: UInt32?) throws(ReCompileError) {
    if let s = single(node, flags: flags) {
      code.append(.single(s))
      return
    }
    switch node {
    case .literal, .notLiteral, .any, .set:
      return
    case .at(let anchor):
      var a = anchor
      if flags & ReFlag.multiline != 0 {
        if a == .beginning { a = .beginningLine }
        if a == .end { a = .endLine }
      }
      code.append(.at(a, unicode: isUnicode(flags)))
    case .branch(let alternatives):
      var jumps: [Int] = []
      for (i, alternative) in alternatives.enumerated() {
        if i == alternatives.count - 1 {
          try emit(alternative, flags: flags)
          break
        }
        let fork = placeholder()
        try emit(alternative, flags: flags)
        jumps.append(placeholder())
        code[fork] = .fork(first: fork + 1, second: pc)
      }
      for j in jumps { code[j] = .jump(pc) }
    case .group(let index, let add, let remove, let body):
      let inner = (flags | add) & ~remove
      if let index { code.append(.save(2 * index)) }
      try emit(body, flags: inner)
      if let index { code.append(.save(2 * index + 1)) }
    case .repeated(let min, let max, let kind, let body):
      try emitRepeat(min: min, max: max, kind: kind, body, flags: flags, next: next)
    case .groupRef(let group):
      code.append(
        .groupRef(group, ignoreCase: flags & ReFlag.ignoreCase != 0, unicode: isUnicode(flags)))
    case .groupExists(let group, let yes, let no):
      let test = placeholder()
      try emit(yes, flags: flags)
      if let no {
        let jump = placeholder()
        code[test] = .groupExists(group, no: pc)
        try emit(no, flags: flags)
        code[jump] = .jump(pc)
      } else {
        code[test] = .groupExists(group, no: pc)
      }
    case .look(let behind, let negative, let body):
      var width = 0
      if behind {
        let (lo, hi) = ReNode.width(body, groupWidths)
        if lo != hi { throw .syntax("look-behind requires fixed-width pattern", nil) }
        width = lo
      }
      let kind: ReLookKind =
        behind ? (negative ? .notBehind : .behind) : (negative ? .notAhead : .ahead)
      try emitLook(kind, width: width, body, flags: flags)
    case .atomic(let body):
      try emitLook(.atomic, width: 0, body, flags: flags)
    }
  }

  private mutating func emitLook(
    _ kind: ReLookKind, width: Int, _ body: [ReNode], flags: Int
  ) throws(ReCompileError) {
    let start = placeholder()
    try emit(body, flags: flags)
    code[start] = .lookStart(kind, width: width, end: pc)
    code.append(.lookEnd)
  }

  private mutating func emitRepeat(
    min: Int, max: Int, kind: ReRepeatKind, _ body: [ReNode], flags: Int, next: UInt32?
  ) throws(ReCompileError) {
    if kind == .possessive {
      try emitLook(.atomic, width: 0, [.repeated(min: min, max: max, .greedy, body)], flags: flags)
      return
    }
    let lazy = kind == .lazy
    if body.count == 1, let s = single(body[0], flags: flags) {
      code.append(.repeatOne(s, min: min, max: max, lazy: lazy, next: next))
      return
    }
    if min == 0 && max == 1 {
      let fork = placeholder()
      try emit(body, flags: flags)
      code[fork] = lazy ? .fork(first: pc, second: fork + 1) : .fork(first: fork + 1, second: pc)
      return
    }
    let register = repeats
    repeats += 1
    let initial = placeholder()
    try emit(body, flags: flags)
    code[initial] = .repeatInit(register: register, until: pc)
    code.append(.until(register: register, min: min, max: max, body: initial + 1, lazy: lazy))
  }
}
