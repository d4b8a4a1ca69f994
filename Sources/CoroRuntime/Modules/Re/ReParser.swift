/// What the parser learns about groups while reading a pattern.
struct ReParseState {
  var flags: Int
  /// Group names in order of definition, with their numbers.
  var groupNames: [(String, Int)] = []
  var groupDict: [String: Int] = [:]
  /// The width of each closed group (nil while it is open); slot 0 is the
  /// whole match, so `groupWidths.count` is the next group's number.
  var groupWidths: [(Int, Int)?] = [(0, 0)]
  /// The first group number inside the lookbehind being parsed, if any.
  var lookbehindGroups: Int?
  /// Where each numbered conditional `(?(N)...)` refers to group N, for
  /// the "invalid group reference" check once all groups are known.
  var groupRefPositions: [(Int, Int)] = []

  var groups: Int { groupWidths.count }

  func isClosed(_ group: Int) -> Bool {
    group < groupWidths.count && groupWidths[group] != nil
  }
}

/// A recursive-descent reader of sre's pattern syntax, with its error
/// messages and positions (Lib/re/_parser.py's behaviour).
struct ReParser {
  var source: ReTokenizer
  var state: ReParseState

  /// Parses `units` (a str's code points or a bytes pattern's bytes).
  static func parse(
    _ units: [UInt32], isText: Bool, flags: Int
  ) throws(ReCompileError) -> (nodes: [ReNode], state: ReParseState) {
    var parser = ReParser(
      source: try ReTokenizer(units, isText: isText), state: ReParseState(flags: flags))
    let nodes = try parser.parseAlternatives(verbose: flags & ReFlag.verbose != 0, nested: 0)
    parser.state.flags = try fixFlags(parser.state.flags, isText: isText)
    if parser.source.next != nil {
      throw parser.source.error("unbalanced parenthesis")
    }
    for (group, position) in parser.state.groupRefPositions where group >= parser.state.groups {
      throw .syntax("invalid group reference \(group)", position)
    }
    return (nodes, parser.state)
  }

  /// Adds the default UNICODE flag to str patterns and rejects flag
  /// combinations that make no sense.
  static func fixFlags(_ flags: Int, isText: Bool) throws(ReCompileError) -> Int {
    var flags = flags
    if isText {
      if flags & ReFlag.locale != 0 { throw .value("cannot use LOCALE flag with a str pattern") }
      if flags & ReFlag.ascii == 0 {
        flags |= ReFlag.unicode
      } else if flags & ReFlag.unicode != 0 {
        throw .value("ASCII and UNICODE flags are incompatible")
      }
    } else {
      if flags & ReFlag.unicode != 0 { throw .value("cannot use UNICODE flag with a bytes pattern") }
      if flags & ReFlag.locale != 0 && flags & ReFlag.ascii != 0 {
        throw .value("ASCII and LOCALE flags are incompatible")
      }
    }
    return flags
  }

  /// `a|b|c`: one sequence, or a branch of several.
  mutating func parseAlternatives(verbose: Bool, nested: Int) throws(ReCompileError) -> [ReNode] {
    var items: [[ReNode]] = []
    var verbose = verbose
    while true {
      items.append(try parseSequence(verbose: verbose, nested: nested + 1, first: nested == 0 && items.isEmpty))
      // Global flags at the start, such as (?x), hold for the whole pattern.
      if nested == 0 && state.flags & ReFlag.verbose != 0 { verbose = true }
      if !(try source.match("|")) { break }
    }
    if items.count == 1 { return items[0] }
    return [.branch(items)]
  }

  /// A sequence of items up to `|`, `)` or the end.
  mutating func parseSequence(verbose: Bool, nested: Int, first: Bool) throws(ReCompileError) -> [ReNode] {
    var items: [ReNode] = []
    var verbose = verbose
    while let this = source.next {
      if this.isChar("|") || this.isChar(")") { break }
      _ = try source.get()
      if verbose && !this.escaped {
        if ReParser.isVerboseSpace(this.char) { continue }
        if this.char == 0x23 {  // '#': a comment to the end of the line
          while let c = try source.get(), !c.isChar("\n") {}
          continue
        }
      }
      if this.escaped {
        items.append(try parseEscape(this))
        continue
      }
      switch Unicode.Scalar(this.char) {
      case "[":
        items.append(try parseSet())
      case "*", "+", "?", "{":
        if !(try parseRepeat(this, &items)) { items.append(.literal(this.char)) }
      case ".":
        items.append(.any)
      case "(":
        switch try parseGroup(verbose: verbose, nested: nested, first: first && items.isEmpty) {
        case .node(let node): items.append(node)
        case .nothing: break
        case .globalFlags:
          verbose = state.flags & ReFlag.verbose != 0
        }
      case "^":
        items.append(.at(.beginning))
      case "$":
        items.append(.at(.end))
      default:
        items.append(.literal(this.char))
      }
    }
    // Non-capturing groups without flags are just their contents.
    var flat: [ReNode] = []
    for item in items {
      if case .group(nil, 0, 0, let body) = item {
        flat.append(contentsOf: body)
      } else {
        flat.append(item)
      }
    }
    return flat
  }

  /// Whitespace that VERBOSE ignores (Python's string.whitespace).
  static func isVerboseSpace(_ c: UInt32) -> Bool {
    c == 0x20 || (c >= 0x09 && c <= 0x0D)
  }

  /// Applies a quantifier to the last item. Returns false when `{` does
  /// not start a valid `{m,n}` and is a literal instead.
  private mutating func parseRepeat(_ this: ReToken, _ items: inout [ReNode]) throws(ReCompileError) -> Bool {
    let here = source.tell
    var minCount = 0
    var maxCount = ReLimits.maxRepeat
    switch Unicode.Scalar(this.char) {
    case "?": maxCount = 1
    case "+": minCount = 1
    case "*": break
    default:
      if let n = source.next, n.isChar("}") { return false }
      let lo = try source.getWhile(Int.max, ReTokenizer.isDigit)
      var hi = lo
      if try source.match(",") {
        hi = try source.getWhile(Int.max, ReTokenizer.isDigit)
      }
      if !(try source.match("}")) {
        try source.seek(here)
        return false
      }
      if !lo.isEmpty {
        minCount = try ReParser.repeatCount(lo)
      }
      if !hi.isEmpty {
        maxCount = try ReParser.repeatCount(hi)
        if maxCount < minCount {
          throw source.error("min repeat greater than max repeat", source.tell - here)
        }
      }
    }
    guard let last = items.last else {
      throw source.error("nothing to repeat", source.tell - here + 1)
    }
    switch last {
    case .at: throw source.error("nothing to repeat", source.tell - here + 1)
    case .repeated: throw source.error("multiple repeat", source.tell - here + 1)
    default: break
    }
    var body = [last]
    if case .group(nil, 0, 0, let inner) = last { body = inner }
    var kind = ReRepeatKind.greedy
    if try source.match("?") {
      kind = .lazy
    } else if try source.match("+") {
      kind = .possessive
    }
    items[items.count - 1] = .repeated(min: minCount, max: maxCount, kind, body)
    return true
  }

  /// The number in `{m,n}`, which must be below sre's MAXREPEAT.
  private static func repeatCount(_ digits: [UInt32]) throws(ReCompileError) -> Int {
    var value = 0
    for d in digits {
      value = value * 10 + Int(d - 0x30)
      if value >= ReLimits.maxRepeat { throw .overflow("the repetition number is too large") }
    }
    return value
  }
}
