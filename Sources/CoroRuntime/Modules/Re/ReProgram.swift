/// A test of one character, the unit that simple repeats (`\d+`, `.*`,
/// `[a-z]{2,5}`) run in a tight loop.
enum ReSingle {
  case char(UInt32)
  case notChar(UInt32)
  /// IGNORECASE: the character's fold key must be (or not be) this one.
  case charFold(UInt32, unicode: Bool)
  case notCharFold(UInt32, unicode: Bool)
  /// `.` without DOTALL: anything but a newline.
  case any
  case anyAll
  case set(ReCharSet)

  @inline(__always)
  func matches(_ c: UInt32) -> Bool {
    switch self {
    case .char(let x): return c == x
    case .notChar(let x): return c != x
    case .charFold(let x, let unicode): return ReChars.fold(c, unicode: unicode) == x
    case .notCharFold(let x, let unicode): return ReChars.fold(c, unicode: unicode) != x
    case .any: return c != 10
    case .anyAll: return true
    case .set(let s): return s.contains(c)
    }
  }
}

/// Kinds of zero-width sub-matches, which keep a barrier on the
/// backtracking stack while their body runs.
enum ReLookKind {
  case ahead, notAhead, behind, notBehind, atomic

  var isNegative: Bool { self == .notAhead || self == .notBehind }
}

/// One instruction of a compiled pattern. Program counters are indexes
/// into `ReProgram.code`.
enum ReInst {
  case single(ReSingle)
  case at(ReAnchor, unicode: Bool)
  /// Continue at `first`; on failure, retry at `second` from here.
  case fork(first: Int, second: Int)
  case jump(Int)
  /// Records the position in capture slot N (group N/2's start or end).
  case save(Int)
  /// A repeat of one character test, run without per-character
  /// backtracking entries; `next` is the literal that must follow.
  case repeatOne(ReSingle, min: Int, max: Int, lazy: Bool, next: UInt32?)
  /// Starts a general repeat: resets its counter and jumps to `until`.
  case repeatInit(register: Int, until: Int)
  /// The end of a general repeat's body, deciding whether to loop (sre's
  /// MAX_UNTIL / MIN_UNTIL, with their empty-iteration rule).
  case until(register: Int, min: Int, max: Int, body: Int, lazy: Bool)
  /// A backreference; `ignoreCase` compares fold keys.
  case groupRef(Int, ignoreCase: Bool, unicode: Bool)
  /// `(?(N)yes|no)`: continue if group N matched, else jump to `no`.
  case groupExists(Int, no: Int)
  /// Starts a lookaround or atomic group whose `lookEnd` is at `end`.
  case lookStart(ReLookKind, width: Int, end: Int)
  case lookEnd
  case match
}

/// A compiled pattern: instructions plus what the searcher and the match
/// objects need to know.
final class ReProgram {
  let code: [ReInst]
  /// Capturing groups, not counting group 0.
  let groups: Int
  /// Counters of general repeats (two registers each: count and the
  /// position where the last iteration started).
  let repeats: Int
  /// The character every match starts with, if fixed.
  let firstChar: UInt32?
  /// Matches can only start at the beginning of the string.
  let anchored: Bool

  init(code: [ReInst], groups: Int, repeats: Int) {
    self.code = code
    self.groups = groups
    self.repeats = repeats
    if case .single(.char(let c)) = code.first { firstChar = c } else { firstChar = nil }
    if case .at(let a, _) = code.first, a == .beginning || a == .beginningString {
      anchored = true
    } else {
      anchored = false
    }
  }
}
