extension ReMatcher {
  /// Pops the stack, undoing state changes, down to the next choice; nil
  /// when there is none (no match from this start).
  func backtrack() -> (Int, Int)? {
    while let e = stack.popLast() {
      switch e {
      case .slot, .register, .lastIndex:
        _ = undo(e)
      case .retry(let pc, let pos):
        return (pc, pos)
      case .greedyOne(let pc, let pos, let minPos, let next):
        var p = pos - 1
        if let c = next {
          while p >= minPos && (p >= end || text[p] != c) { p -= 1 }
        }
        if p < minPos { continue }
        if p > minPos { stack.append(.greedyOne(pc: pc, pos: p, minPos: minPos, next: next)) }
        return (pc, p)
      case .lazyOne(let inst, let pos, let maxPos):
        guard case .repeatOne(let s, _, _, _, let next) = code[inst] else { continue }
        var p = pos
        var found = false
        while p < maxPos && s.matches(text[p]) {
          p += 1
          if let c = next, p >= end || text[p] != c { continue }
          found = true
          break
        }
        if !found { continue }
        if p < maxPos { stack.append(.lazyOne(inst: inst, pos: p, maxPos: maxPos)) }
        return (inst + 1, p)
      case .lazyUntil(let inst, let pos):
        guard case .until(let r, _, let max, let body, _) = code[inst] else { continue }
        let count = registers[2 * r] + 1
        if (max < ReLimits.maxRepeat && count >= max) || pos == registers[2 * r + 1] { continue }
        setRegister(2 * r, count)
        setRegister(2 * r + 1, pos)
        return (body, pos)
      case .barrier(let kind, let pos, let resume):
        // The body of a negative lookaround failed: the assertion holds.
        if kind.isNegative { return (resume, pos) }
      }
    }
    return nil
  }

  /// The end of a lookaround's or atomic group's body: its choices are
  /// dropped (undo records kept). Returns where matching goes on, or nil
  /// when a negative lookaround's body matched, which is a failure.
  func finishLook(_ pos: Int) -> Int? {
    var b = stack.count - 1
    while b >= 0 {
      if case .barrier = stack[b] { break }
      b -= 1
    }
    guard b >= 0, case .barrier(let kind, let saved, _) = stack[b] else { return nil }
    if kind.isNegative {
      while stack.count > b + 1 { _ = undo(stack.removeLast()) }
      stack.removeLast()
      return nil
    }
    var w = b
    for r in (b + 1)..<stack.count {
      switch stack[r] {
      case .slot, .register, .lastIndex:
        stack[w] = stack[r]
        w += 1
      default:
        break
      }
    }
    stack.removeLast(stack.count - w)
    return kind == .atomic ? pos : saved
  }

  /// Where a backreference to `group` ends if it matches at `pos`.
  func backreference(_ group: Int, at pos: Int, ignoreCase: Bool, unicode: Bool) -> Int? {
    let a = slots[2 * group]
    let b = slots[2 * group + 1]
    guard a >= 0, b >= a else { return nil }
    let n = b - a
    guard pos + n <= end else { return nil }
    for k in 0..<n {
      let x = text[a + k]
      let y = text[pos + k]
      if x == y { continue }
      if !ignoreCase || ReChars.fold(x, unicode: unicode) != ReChars.fold(y, unicode: unicode) {
        return nil
      }
    }
    return pos + n
  }

  /// The zero-width tests `^ $ \A \Z \b \B`.
  func at(_ anchor: ReAnchor, _ pos: Int, unicode: Bool) -> Bool {
    switch anchor {
    case .beginning, .beginningString:
      return pos == 0
    case .beginningLine:
      return pos == 0 || text[pos - 1] == 10
    case .end:
      return pos == end || (pos + 1 == end && text[pos] == 10)
    case .endLine:
      return pos == end || text[pos] == 10
    case .endString:
      return pos == end
    case .boundary, .nonBoundary:
      // sre: no boundary at all in an empty string.
      if end == 0 { return false }
      let before = pos > 0 && ReChars.isWord(text[pos - 1], unicode: unicode)
      let after = pos < end && ReChars.isWord(text[pos], unicode: unicode)
      return (before != after) == (anchor == .boundary)
    }
  }
}
