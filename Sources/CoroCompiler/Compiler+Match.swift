// The `match` statement, compiled as CPython 3.11's compile.c does
// (`compiler_match` and the `compiler_pattern_*` functions).
//
// A pattern is compiled with its subject on top of the stack and consumes
// it. Captured values are not stored at once: each is rotated down beneath
// the items the pattern still works on, and all are stored together once
// the whole pattern has matched, so a failed case binds nothing. On a
// failure the code jumps to `failPop[n]`, where n is the number of items
// (captures and intermediate values) it must pop before the next case.

import CoroSyntax

/// The state of one pattern being compiled (CPython's `pattern_context`).
struct PatternContext {
  /// Names captured so far, in the order their values lie on the stack
  /// (the first one on top of the others).
  var stores: [String] = []
  /// Whether an irrefutable pattern is allowed here (the last case, a
  /// guarded case, a sub-pattern, the last alternative).
  var allowIrrefutable = false
  /// `failPop[n]` pops n items and goes on to the next case.
  var failPop: [Label] = []
  /// Items on the stack above the captures that a failure must pop.
  var onTop = 0
}

extension Compiler {
  /// `match subject: case ...` (CPython's `compiler_match_inner`).
  func compileMatch(_ subject: Expr, _ cases: [MatchCase]) throws(SyntaxError) {
    try compileExpression(subject)
    let end = unit.newLabel()
    guard let last = cases.last else { return }
    let hasDefault = last.pattern.isWildcard && cases.count > 1
    let patternCases = cases.count - (hasDefault ? 1 : 0)
    for (i, matchCase) in cases.prefix(patternCases).enumerated() {
      unit.span = matchCase.pattern.span
      // Only copy the subject if this is not the last case.
      if i != patternCases - 1 { unit.emit(.copy, 1) }
      var pc = PatternContext()
      // Irrefutable cases must be either guarded, last, or both.
      pc.allowIrrefutable = matchCase.guard_ != nil || i == cases.count - 1
      try compilePattern(matchCase.pattern, &pc)
      // It's a match: store the captured names (they are on the stack).
      for name in pc.stores { compileName(name, .store) }
      if let test = matchCase.guard_ {
        ensureFailPop(&pc, 0)
        try compileJumpIf(test, false, to: pc.failPop[0])
      }
      // Success: pop the subject, we are done with it.
      if i != patternCases - 1 { unit.emit(.popTop) }
      try compileBody(matchCase.body)
      unit.emit(.jump, end)
      // A failed pattern's cleanup belongs to the pattern's line.
      unit.span = matchCase.pattern.span
      emitFailPop(&pc)
    }
    if hasDefault {
      unit.span = last.pattern.span
      if cases.count == 1 {
        // No patterns: done with the subject.
        unit.emit(.popTop)
      } else {
        unit.emit(.nop)
      }
      if let test = last.guard_ { try compileJumpIf(test, false, to: end) }
      try compileBody(last.body)
    }
    unit.place(end)
  }

  // MARK: - Failure paths

  private func ensureFailPop(_ pc: inout PatternContext, _ n: Int) {
    while pc.failPop.count <= n { pc.failPop.append(unit.newLabel()) }
  }

  /// Jumps (with `op`, which pops a condition) to the failure path that
  /// pops everything this pattern has pushed so far.
  private func jumpToFailPop(_ pc: inout PatternContext, _ op: Opcode) {
    let pops = pc.onTop + pc.stores.count
    ensureFailPop(&pc, pops)
    unit.emit(op, pc.failPop[pops])
  }

  /// Places the failure paths: `failPop[n]` pops one item and falls into
  /// `failPop[n-1]`, down to `failPop[0]`, which pops nothing.
  private func emitFailPop(_ pc: inout PatternContext) {
    guard !pc.failPop.isEmpty else { return }
    for n in stride(from: pc.failPop.count - 1, through: 1, by: -1) {
      unit.place(pc.failPop[n])
      unit.emit(.popTop)
    }
    unit.place(pc.failPop[0])
    pc.failPop = []
  }

  /// Moves the top of the stack `count - 1` places down.
  private func rotate(_ count: Int) {
    var count = count
    while count > 1 {
      unit.emit(.swap, count)
      count -= 1
    }
  }

  /// Keeps the value on top for storing once the whole pattern matched
  /// (CPython's `pattern_helper_store_name`); a nil name drops it.
  private func storeCapture(_ name: String?, _ pc: inout PatternContext, _ span: SourceSpan) throws(SyntaxError) {
    guard let name else {
      unit.emit(.popTop)
      return
    }
    if pc.stores.contains(name) {
      throw error("multiple assignments to name '\(name)' in pattern", span)
    }
    rotate(pc.onTop + pc.stores.count + 1)
    pc.stores.append(name)
  }

  // MARK: - Patterns

  /// A sub-pattern may be irrefutable whatever its context.
  private func compileSubpattern(_ pattern: Pattern, _ pc: inout PatternContext) throws(SyntaxError) {
    let saved = pc.allowIrrefutable
    pc.allowIrrefutable = true
    defer { pc.allowIrrefutable = saved }
    try compilePattern(pattern, &pc)
  }

  func compilePattern(_ pattern: Pattern, _ pc: inout PatternContext) throws(SyntaxError) {
    // CPython leaves its location at the last pattern compiled, which is
    // where an OR pattern reports names bound differently.
    lastPatternSpan = pattern.span
    let saved = unit.span
    unit.span = pattern.span
    defer { unit.span = saved }
    switch pattern.kind {
    case .value(let value):
      try compileExpression(value)
      unit.emit(.compareOp, ComparisonOperation.equal.rawValue)
      jumpToFailPop(&pc, .popJumpIfFalse)
    case .singleton(let constant):
      loadConstant(codeConstant(constant))
      unit.emit(.isOp, 0)
      jumpToFailPop(&pc, .popJumpIfFalse)
    case .sequence(let items):
      try compileSequencePattern(items, pattern.span, &pc)
    case .mapping(let keys, let patterns, let rest):
      try compileMappingPattern(keys, patterns, rest, pattern.span, &pc)
    case .class(let cls, let patterns, let names, let keywordPatterns):
      try compileClassPattern(cls, patterns, names, keywordPatterns, pattern.span, &pc)
    case .star(let name):
      try storeCapture(name, &pc, pattern.span)
    case .as(let inner, let name):
      guard let inner else {
        // An irrefutable match.
        if !pc.allowIrrefutable {
          if let name {
            throw error("name capture '\(name)' makes remaining patterns unreachable", pattern.span)
          }
          throw error("wildcard makes remaining patterns unreachable", pattern.span)
        }
        try storeCapture(name, &pc, pattern.span)
        return
      }
      // Keep a copy to store once the inner pattern matched.
      pc.onTop += 1
      unit.emit(.copy, 1)
      try compilePattern(inner, &pc)
      pc.onTop -= 1
      try storeCapture(name, &pc, pattern.span)
    case .or(let alternatives):
      try compileOrPattern(alternatives, pattern.span, &pc)
    }
  }

  /// CPython's `compiler_pattern_sequence`.
  private func compileSequencePattern(
    _ items: [Pattern], _ span: SourceSpan, _ pc: inout PatternContext
  ) throws(SyntaxError) {
    var star: Int?
    var onlyWildcard = true
    for (i, p) in items.enumerated() {
      if case .star = p.kind {
        if star != nil {
          throw error("multiple starred names in sequence pattern", span)
        }
        star = i
      }
      if !p.isWildcard && !p.isStarWildcard { onlyWildcard = false }
    }
    let size = items.count
    let starWildcard = star.map { items[$0].isStarWildcard } ?? false
    // Keep the subject on top during the sequence and length checks.
    pc.onTop += 1
    unit.emit(.matchSequence)
    jumpToFailPop(&pc, .popJumpIfFalse)
    if star == nil {
      unit.emit(.getLen)
      loadConstant(.int(size))
      unit.emit(.compareOp, ComparisonOperation.equal.rawValue)
      jumpToFailPop(&pc, .popJumpIfFalse)
    } else if size > 1 {
      unit.emit(.getLen)
      loadConstant(.int(size - 1))
      unit.emit(.compareOp, ComparisonOperation.greaterEqual.rawValue)
      jumpToFailPop(&pc, .popJumpIfFalse)
    }
    // Whatever comes next consumes the subject.
    pc.onTop -= 1
    if onlyWildcard {
      unit.emit(.popTop)
    } else if let star, starWildcard {
      // Index the items instead of unpacking them all (`[x, *_, y]`).
      pc.onTop += 1
      for (i, p) in items.enumerated() where !p.isWildcard && i != star {
        unit.emit(.copy, 1)
        if i < star {
          loadConstant(.int(i))
        } else {
          // The subject may not support negative indexing.
          unit.emit(.getLen)
          loadConstant(.int(size - i))
          unit.emit(.binaryOp, BinaryOperation.subtract.rawValue)
        }
        unit.emit(.binarySubscript)
        try compileSubpattern(p, &pc)
      }
      pc.onTop -= 1
      unit.emit(.popTop)
    } else {
      if let star {
        unit.emit(.unpackEx, star | ((size - 1 - star) << 8))
      } else {
        unit.emit(.unpackSequence, size)
      }
      pc.onTop += size
      for p in items {
        pc.onTop -= 1
        try compileSubpattern(p, &pc)
      }
    }
  }

  /// CPython's `compiler_pattern_mapping`.
  private func compileMappingPattern(
    _ keys: [Expr], _ patterns: [Pattern], _ rest: String?, _ span: SourceSpan,
    _ pc: inout PatternContext
  ) throws(SyntaxError) {
    let size = keys.count
    pc.onTop += 1
    unit.emit(.matchMapping)
    jumpToFailPop(&pc, .popJumpIfFalse)
    if size == 0 && rest == nil {
      // `{}` matches any mapping: pop the subject.
      pc.onTop -= 1
      unit.emit(.popTop)
      return
    }
    if size > 0 {
      unit.emit(.getLen)
      loadConstant(.int(size))
      unit.emit(.compareOp, ComparisonOperation.greaterEqual.rawValue)
      jumpToFailPop(&pc, .popJumpIfFalse)
    }
    var seen: [CodeConstant] = []
    for key in keys {
      if let constant = patternKeyConstant(key) {
        if seen.contains(constant) {
          throw error("mapping pattern checks duplicate key (\(patternKeyRepr(key)))", span)
        }
        seen.append(constant)
      }
      try compileExpression(key)
    }
    unit.emit(.buildTuple, size)
    unit.emit(.matchKeys)
    // A tuple of keys and a tuple of values now lie on the subject.
    pc.onTop += 2
    unit.emit(.copy, 1)
    loadConstant(.none)
    unit.emit(.isOp, 1)
    jumpToFailPop(&pc, .popJumpIfFalse)
    unit.emit(.unpackSequence, size)
    pc.onTop += size - 1
    for p in patterns {
      pc.onTop -= 1
      try compileSubpattern(p, &pc)
    }
    // A match: what follows consumes the keys and the subject.
    pc.onTop -= 2
    if let rest {
      // rest = dict(subject); del rest[key] for each key.
      unit.emit(.buildMap, 0)
      unit.emit(.swap, 3)
      unit.emit(.dictUpdate, 2)
      unit.emit(.unpackSequence, size)
      var remaining = size
      while remaining > 0 {
        unit.emit(.copy, 1 + remaining)
        remaining -= 1
        unit.emit(.swap, 2)
        unit.emit(.deleteSubscript)
      }
      try storeCapture(rest, &pc, span)
    } else {
      unit.emit(.popTop)
      unit.emit(.popTop)
    }
  }

  /// A mapping key that is a literal, for the duplicate-key check.
  private func patternKeyConstant(_ key: Expr) -> CodeConstant? {
    switch key.kind {
    case .constant(let c): return codeConstant(c)
    case .unary(.negate, let inner):
      if case .constant(let c) = inner.kind { return .string("-\(c)") }
      return nil
    default: return nil
    }
  }

  /// The key as `repr` shows it in "mapping pattern checks duplicate key".
  private func patternKeyRepr(_ key: Expr) -> String {
    guard case .constant(let c) = key.kind else { return describe(key) }
    switch c {
    case .string(let s):
      let quote = s.contains("'") && !s.contains("\"") ? "\"" : "'"
      return quote + s + quote
    case .int(let i): return String(i)
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    default: return describe(key)
    }
  }

  /// CPython's `compiler_pattern_class`.
  private func compileClassPattern(
    _ cls: Expr, _ patterns: [Pattern], _ names: [String], _ keywordPatterns: [Pattern],
    _ span: SourceSpan, _ pc: inout PatternContext
  ) throws(SyntaxError) {
    for (i, name) in names.enumerated() where names[..<i].contains(name) {
      throw error("attribute name repeated in class pattern: \(name)", keywordPatterns[i].span)
    }
    try compileExpression(cls)
    loadConstant(.tuple(names.map { .string($0) }))
    unit.emit(.matchClass, patterns.count)
    unit.emit(.copy, 1)
    loadConstant(.none)
    unit.emit(.isOp, 1)
    // On top: a tuple of the attributes (or None).
    pc.onTop += 1
    jumpToFailPop(&pc, .popJumpIfFalse)
    let all = patterns + keywordPatterns
    unit.emit(.unpackSequence, all.count)
    pc.onTop += all.count - 1
    for p in all {
      pc.onTop -= 1
      if p.isWildcard {
        unit.emit(.popTop)
        continue
      }
      try compileSubpattern(p, &pc)
    }
  }

  /// CPython's `compiler_pattern_or`: each alternative runs on a copy of
  /// the subject; the captures of later alternatives are rotated into the
  /// order of the first one's.
  private func compileOrPattern(
    _ alternatives: [Pattern], _ span: SourceSpan, _ pc: inout PatternContext
  ) throws(SyntaxError) {
    let end = unit.newLabel()
    let old = pc
    var control: [String]?
    for (i, alternative) in alternatives.enumerated() {
      unit.span = alternative.span
      pc.stores = []
      pc.allowIrrefutable = i == alternatives.count - 1 && old.allowIrrefutable
      pc.failPop = []
      pc.onTop = 0
      unit.emit(.copy, 1)
      try compilePattern(alternative, &pc)
      if let control {
        guard pc.stores.count == control.count else {
          throw error("alternative patterns bind different names", lastPatternSpan)
        }
        var icontrol = control.count
        while icontrol > 0 {
          icontrol -= 1
          let name = control[icontrol]
          guard let istores = pc.stores.firstIndex(of: name) else {
            throw error("alternative patterns bind different names", lastPatternSpan)
          }
          if icontrol != istores {
            // Reorder the names on the stack to match control's order.
            let rotations = istores + 1
            let rotated = Array(pc.stores[0..<rotations])
            pc.stores.removeSubrange(0..<rotations)
            pc.stores.insert(contentsOf: rotated, at: icontrol - istores)
            for _ in 0..<rotations { rotate(icontrol + 1) }
          }
        }
      } else {
        control = pc.stores
      }
      unit.emit(.jump, end)
      emitFailPop(&pc)
    }
    let captured = control ?? []
    pc = old
    unit.span = span
    // No alternative matched: pop the remaining copy of the subject, fail.
    unit.emit(.popTop)
    jumpToFailPop(&pc, .jump)
    unit.place(end)
    // Between the new captures and their place lie the other new captures,
    // the copy of the subject, the items on top and the earlier captures.
    let rotations = captured.count + 1 + pc.onTop + pc.stores.count
    for name in captured {
      rotate(rotations)
      if pc.stores.contains(name) {
        throw error("multiple assignments to name '\(name)' in pattern", span)
      }
      pc.stores.append(name)
    }
    // Pop the copy of the subject.
    unit.emit(.popTop)
  }
}
