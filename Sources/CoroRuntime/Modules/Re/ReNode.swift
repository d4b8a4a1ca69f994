/// The flags of `re`, with sre's values.
enum ReFlag {
  static let template = 1
  static let ignoreCase = 2
  static let locale = 4
  static let multiline = 8
  static let dotAll = 16
  static let unicode = 32
  static let verbose = 64
  static let debug = 128
  static let ascii = 256
  /// The flags that choose the meaning of \w, \d, \s and \b.
  static let typeFlags = ascii | locale | unicode
  /// Flags that can only be set for the whole pattern.
  static let globalFlags = debug | template

  /// Inline flag letters: `(?aiLmsux)`.
  static func letter(_ c: UInt32) -> Int? {
    switch c {
    case 0x69: return ignoreCase  // i
    case 0x4C: return locale  // L
    case 0x6D: return multiline  // m
    case 0x73: return dotAll  // s
    case 0x78: return verbose  // x
    case 0x61: return ascii  // a
    case 0x74: return template  // t
    case 0x75: return unicode  // u
    default: return nil
    }
  }
}

/// sre's limit on repeat counts: a `max` of this means "no limit".
enum ReLimits {
  static let maxRepeat = 4_294_967_295
}

/// A zero-width position test: `^`, `$`, `\A`, `\Z`, `\b`, `\B`.
enum ReAnchor {
  case beginning, beginningLine, beginningString
  case end, endLine, endString
  case boundary, nonBoundary
}

/// A character category: `\d`, `\D`, `\s`, `\S`, `\w`, `\W`.
enum ReCategory {
  case digit, notDigit, space, notSpace, word, notWord
}

/// One member of a character class.
enum ReSetItem {
  case char(UInt32)
  case range(UInt32, UInt32)
  case category(ReCategory)
}

/// How a repeat gives characters back.
enum ReRepeatKind {
  case greedy, lazy, possessive
}

/// The parsed form of a pattern (sre_parse's subpattern items).
indirect enum ReNode {
  case literal(UInt32)
  case notLiteral(UInt32)
  case any
  case set([ReSetItem], negated: Bool)
  case at(ReAnchor)
  case branch([[ReNode]])
  /// A group: capturing when `index` is set; `add`/`remove` are scoped
  /// flags `(?i:...)`.
  case group(index: Int?, add: Int, remove: Int, [ReNode])
  case repeated(min: Int, max: Int, ReRepeatKind, [ReNode])
  case groupRef(Int)
  case groupExists(Int, yes: [ReNode], no: [ReNode]?)
  case look(behind: Bool, negative: Bool, [ReNode])
  case atomic([ReNode])

  /// The smallest and largest number of characters `nodes` can match
  /// (sre's getwidth), with `groupWidths` for backreferences.
  static func width(_ nodes: [ReNode], _ groupWidths: [(Int, Int)?]) -> (Int, Int) {
    var lo = 0
    var hi = 0
    for node in nodes {
      let (a, b) = node.width(groupWidths)
      lo = min(lo + a, ReLimits.maxRepeat)
      hi = min(hi + b, ReLimits.maxRepeat)
    }
    return (lo, hi)
  }

  func width(_ groupWidths: [(Int, Int)?]) -> (Int, Int) {
    switch self {
    case .literal, .notLiteral, .any, .set:
      return (1, 1)
    case .at, .look:
      return (0, 0)
    case .branch(let alternatives):
      var lo = Int.max
      var hi = 0
      for a in alternatives {
        let (x, y) = ReNode.width(a, groupWidths)
        lo = min(lo, x)
        hi = max(hi, y)
      }
      return (lo == Int.max ? 0 : lo, hi)
    case .group(_, _, _, let body), .atomic(let body):
      return ReNode.width(body, groupWidths)
    case .repeated(let min, let max, _, let body):
      let (x, y) = ReNode.width(body, groupWidths)
      let lo = x.multipliedReportingOverflow(by: min)
      let hi = y.multipliedReportingOverflow(by: max)
      return (
        lo.overflow ? ReLimits.maxRepeat : Swift.min(lo.partialValue, ReLimits.maxRepeat),
        hi.overflow ? ReLimits.maxRepeat : Swift.min(hi.partialValue, ReLimits.maxRepeat)
      )
    case .groupRef(let g):
      return g < groupWidths.count ? (groupWidths[g] ?? (0, 0)) : (0, 0)
    case .groupExists(_, let yes, let no):
      let (x, y) = ReNode.width(yes, groupWidths)
      guard let no else { return (0, y) }
      let (a, b) = ReNode.width(no, groupWidths)
      return (Swift.min(x, a), Swift.max(y, b))
    }
  }
}
