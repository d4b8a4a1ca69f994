/// An entry of the matcher's backtracking stack: a choice to retry, an
/// undo record for state changed since, or a lookaround's barrier.
enum ReBacktrack {
  /// Resume at `pc` with position `pos` (an untried alternative).
  case retry(pc: Int, pos: Int)
  /// Undo records: put back a capture slot, a repeat register, lastindex.
  case slot(Int, Int)
  case register(Int, Int)
  case lastIndex(Int)
  /// A greedy single-character repeat that can give back characters down
  /// to `minPos`; the tail starts at `pc`.
  case greedyOne(pc: Int, pos: Int, minPos: Int, next: UInt32?)
  /// A lazy single-character repeat (instruction `inst`) that can take one
  /// more character, up to `maxPos`.
  case lazyOne(inst: Int, pos: Int, maxPos: Int)
  /// A lazy general repeat (the `until` at `inst`) whose tail was tried
  /// first; on failure, one more iteration from `pos`.
  case lazyUntil(inst: Int, pos: Int)
  /// The start of a lookaround or atomic group entered at `pos`; a
  /// negative lookaround continues at `resume` when its body fails.
  case barrier(ReLookKind, pos: Int, resume: Int)
}

/// Runs a compiled pattern over a text with an explicit backtracking
/// stack, so that neither long inputs nor deep nesting use Swift
/// recursion. Semantics follow sre: leftmost match, alternatives and
/// greedy repeats in priority order, captures and lastindex restored on
/// backtracking, and sre's rule that a repeat stops once an iteration
/// matched the empty string.
final class ReMatcher {
  let program: ReProgram
  let code: [ReInst]
  let text: [UInt32]
  /// The end of the text as the pattern sees it (`endpos`).
  let end: Int
  /// Capture slots: start and end of each group, -1 when unset. Slots 0
  /// and 1 hold the whole match after a success.
  private(set) var slots: [Int]
  private(set) var lastIndex = -1
  var registers: [Int]
  var stack: [ReBacktrack] = []
  /// fullmatch: only a match ending at `end` counts.
  var matchAll = false
  /// After an empty match: a match at the start position must not be
  /// empty (findall, sub and split move on this way).
  var mustAdvance = false

  init(program: ReProgram, text: [UInt32], end: Int) {
    self.program = program
    code = program.code
    self.text = text
    self.end = end
    slots = [Int](repeating: -1, count: 2 * (program.groups + 1))
    registers = [Int](repeating: -1, count: 2 * program.repeats)
  }

  /// Tries to match at exactly `start`.
  func match(at start: Int) -> Bool {
    guard start <= end else { return false }
    return run(start)
  }

  /// Finds the leftmost match starting at `start` or later.
  func search(from start: Int) -> Bool {
    guard start <= end else { return false }
    if program.anchored {
      return run(start)
    }
    let advance = mustAdvance
    defer { mustAdvance = advance }
    var s = start
    while s <= end {
      if let c = program.firstChar {
        while s < end && text[s] != c { s += 1 }
        if s >= end { return false }
      }
      if run(s) { return true }
      mustAdvance = false
      s += 1
    }
    return false
  }

  // MARK: - State changes, recorded for backtracking

  @inline(__always)
  func setSlot(_ i: Int, _ value: Int) {
    let old = slots[i]
    if old != value {
      stack.append(.slot(i, old))
      slots[i] = value
    }
  }

  @inline(__always)
  func setRegister(_ i: Int, _ value: Int) {
    let old = registers[i]
    if old != value {
      stack.append(.register(i, old))
      registers[i] = value
    }
  }

  @inline(__always)
  private func setLastIndex(_ value: Int) {
    if lastIndex != value {
      stack.append(.lastIndex(lastIndex))
      lastIndex = value
    }
  }

  /// Applies an undo record; false for other entries.
  @inline(__always)
  func undo(_ e: ReBacktrack) -> Bool {
    switch e {
    case .slot(let i, let v): slots[i] = v
    case .register(let i, let v): registers[i] = v
    case .lastIndex(let v): lastIndex = v
    default: return false
    }
    return true
  }

  // MARK: - The main loop

  private func run(_ start: Int) -> Bool {
    for i in slots.indices { slots[i] = -1 }
    lastIndex = -1
    stack.removeAll(keepingCapacity: true)
    var pc = 0
    var pos = start
    while true {
      var failed = false
      switch code[pc] {
      case .single(let s):
        if pos < end && s.matches(text[pos]) {
          pos += 1
          pc += 1
        } else {
          failed = true
        }
      case .at(let anchor, let unicode):
        if at(anchor, pos, unicode: unicode) { pc += 1 } else { failed = true }
      case .fork(let first, let second):
        stack.append(.retry(pc: second, pos: pos))
        pc = first
      case .jump(let target):
        pc = target
      case .save(let i):
        setSlot(i, pos)
        if i & 1 == 1 { setLastIndex(i >> 1) }
        pc += 1
      case .repeatOne(let s, let min, let max, let lazy, let next):
        let limit = max >= ReLimits.maxRepeat ? end : Swift.min(end, pos + max)
        let minPos = pos + min
        if minPos > limit {
          failed = true
        } else if lazy {
          var p = pos
          while p < minPos && s.matches(text[p]) { p += 1 }
          if p < minPos {
            failed = true
          } else {
            if p < limit { stack.append(.lazyOne(inst: pc, pos: p, maxPos: limit)) }
            if let c = next, p >= end || text[p] != c {
              failed = true
            } else {
              pos = p
              pc += 1
            }
          }
        } else {
          var p = pos
          if case .anyAll = s {
            p = limit
          } else {
            while p < limit && s.matches(text[p]) { p += 1 }
          }
          if let c = next {
            while p >= minPos && (p >= end || text[p] != c) { p -= 1 }
          }
          if p < minPos {
            failed = true
          } else {
            if p > minPos { stack.append(.greedyOne(pc: pc + 1, pos: p, minPos: minPos, next: next)) }
            pos = p
            pc += 1
          }
        }
      case .repeatInit(let r, let until):
        setRegister(2 * r, -1)
        setRegister(2 * r + 1, -1)
        pc = until
      case .until(let r, let min, let max, let body, let lazy):
        let count = registers[2 * r] + 1
        if count < min {
          setRegister(2 * r, count)
          pc = body
        } else if lazy {
          stack.append(.lazyUntil(inst: pc, pos: pos))
          pc += 1
        } else if (max >= ReLimits.maxRepeat || count < max) && pos != registers[2 * r + 1] {
          stack.append(.retry(pc: pc + 1, pos: pos))
          setRegister(2 * r, count)
          setRegister(2 * r + 1, pos)
          pc = body
        } else {
          pc += 1
        }
      case .groupRef(let group, let ignoreCase, let unicode):
        if let p = backreference(group, at: pos, ignoreCase: ignoreCase, unicode: unicode) {
          pos = p
          pc += 1
        } else {
          failed = true
        }
      case .groupExists(let group, let no):
        pc = slots[2 * group] >= 0 && slots[2 * group + 1] >= 0 ? pc + 1 : no
      case .lookStart(let kind, let width, let endPc):
        if kind == .behind || kind == .notBehind {
          if pos < width {
            if kind == .notBehind { pc = endPc + 1 } else { failed = true }
          } else {
            stack.append(.barrier(kind, pos: pos, resume: endPc + 1))
            pos -= width
            pc += 1
          }
        } else {
          stack.append(.barrier(kind, pos: pos, resume: endPc + 1))
          pc += 1
        }
      case .lookEnd:
        if let saved = finishLook(pos) {
          pos = saved
          pc += 1
        } else {
          failed = true
        }
      case .match:
        if (matchAll && pos != end) || (mustAdvance && pos == start) {
          failed = true
        } else {
          slots[0] = start
          slots[1] = pos
          return true
        }
      }
      if failed {
        guard let (p, q) = backtrack() else { return false }
        pc = p
        pos = q
      }
    }
  }
}
