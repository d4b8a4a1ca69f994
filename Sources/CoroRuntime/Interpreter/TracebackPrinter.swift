import CoroSyntax

/// Formats an uncaught exception the way CPython 3.11's `PyErr_Display`
/// does: the chain of causes and contexts, each traceback outermost frame
/// first with its source line and the `~~~^^^` markers under the failing
/// expression, repeated frames collapsed, the last line with "Did you
/// mean" suggestions for NameError and AttributeError, then the notes.
///
/// Exception groups print as a tree (pythonrun.c's print_exception_group):
/// each level indented by two columns behind a `| ` margin, members
/// separated by `+---------------- N ----------------` lines, at most 15
/// members and 10 levels shown.
struct TracebackPrinter {
  let vm: VM
  /// False at interpreter shutdown, when CPython can no longer read source
  /// lines (its linecache module is gone) and prints only the File lines.
  var showsSource = true

  /// CPython's TB_RECURSIVE_CUTOFF.
  private static let repeatCutoff = 3
  /// `sys.tracebacklimit`'s default.
  private static let limit = 1000
  /// pythonrun.c's max_group_width and max_group_depth.
  private static let maxGroupWidth = 15
  private static let maxGroupDepth = 10
  private static let causeMessage =
    "The above exception was the direct cause of the following exception:\n"
  private static let contextMessage =
    "During handling of the above exception, another exception occurred:\n"

  /// The state of one printing (pythonrun.c's exception_print_context).
  private struct Context {
    var out = ""
    var seen = Set<ObjectIdentifier>()
    var groupDepth = 0
    var needClose = false

    var indent: String { String(repeating: " ", count: 2 * groupDepth) }
    var margin: String { groupDepth > 0 ? "| " : "" }

    /// Writes `text` (one or more lines) behind the indent and margin.
    mutating func writeLines(_ text: String) {
      let prefix = indent + margin
      if prefix.isEmpty {
        out += text
        return
      }
      for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
        out += prefix + line + "\n"
      }
    }
  }

  func format(_ exc: PyException) -> String {
    var ctx = Context()
    printRecursive(exc, &ctx)
    return ctx.out
  }

  private func printRecursive(_ exc: PyException, _ ctx: inout Context) {
    printCauseAndContext(exc, &ctx)
    if isExceptionGroup(exc) {
      printGroup(exc, &ctx)
    } else {
      printOne(exc, &ctx)
    }
  }

  private func printCauseAndContext(_ exc: PyException, _ ctx: inout Context) {
    ctx.seen.insert(ObjectIdentifier(exc))
    if let cause = exc.cause {
      if !ctx.seen.contains(ObjectIdentifier(cause)) {
        printChained(cause, TracebackPrinter.causeMessage, &ctx)
      }
      return
    }
    if exc.suppressContext { return }
    if let context = exc.context, !ctx.seen.contains(ObjectIdentifier(context)) {
      printChained(context, TracebackPrinter.contextMessage, &ctx)
    }
  }

  private func printChained(_ exc: PyException, _ message: String, _ ctx: inout Context) {
    let needClose = ctx.needClose
    printRecursive(exc, &ctx)
    ctx.needClose = needClose
    let prefix = ctx.indent + ctx.margin
    ctx.out += prefix + "\n" + prefix + message + prefix + "\n"
  }

  /// One exception: its traceback, last line and notes.
  private func printOne(_ exc: PyException, _ ctx: inout Context) {
    if !exc.traceback.isEmpty {
      let group = isExceptionGroup(exc)
      let headerMargin = group && ctx.groupDepth == 1 ? "+ " : ctx.margin
      ctx.out += ctx.indent + headerMargin
        + (group ? "Exception Group Traceback" : "Traceback") + " (most recent call last):\n"
      var entries = ""
      formatEntries(Array(exc.traceback.reversed()), &entries)
      ctx.writeLines(entries)
    }
    // A SyntaxError raised at run time shows where in its source it is.
    if let block = SyntaxErrors.tracebackBlock(vm, exc) { ctx.writeLines(block) }
    // The message is written behind one margin, even over several lines.
    ctx.out += ctx.indent + ctx.margin + lastLine(exc) + "\n"
    printNotes(exc, &ctx)
  }

  /// `__notes__`, each line behind the margin (print_exception_notes).
  private func printNotes(_ exc: PyException, _ ctx: inout Context) {
    guard let notes = exc.attributeDict.getString("__notes__") else { return }
    guard let items = notes.as(PyList.self)?.items ?? notes.as(PyTuple.self)?.items else {
      ctx.writeLines(((try? vm.repr(notes)) ?? "<__notes__ repr() failed>") + "\n")
      return
    }
    for note in items {
      guard let text = try? vm.str(note) else {
        ctx.out += "<note str() failed>\n"
        continue
      }
      var line = ""
      for scalar in text.unicodeScalars {
        line.unicodeScalars.append(scalar)
        if scalar == "\n" {
          ctx.out += ctx.indent + ctx.margin + line
          line = ""
        }
      }
      if !line.isEmpty { ctx.out += ctx.indent + ctx.margin + line }
      ctx.out += "\n"
    }
  }

  private func printGroup(_ exc: PyException, _ ctx: inout Context) {
    if ctx.groupDepth > TracebackPrinter.maxGroupDepth {
      ctx.writeLines("... (max_group_depth is \(TracebackPrinter.maxGroupDepth))\n")
      return
    }
    if ctx.groupDepth == 0 { ctx.groupDepth += 1 }
    printOne(exc, &ctx)
    let members = (try? ExceptionGroups.parts(vm, exc).exceptions) ?? []
    let width = TracebackPrinter.maxGroupWidth
    let shown = members.count <= width ? members.count : width + 1
    ctx.needClose = false
    for i in 0..<shown {
      let last = i == shown - 1
      if last { ctx.needClose = true }
      let truncated = i >= width
      ctx.out += ctx.indent + (i == 0 ? "+-" : "  ")
        + "+---------------- \(truncated ? "..." : String(i + 1)) ----------------\n"
      ctx.groupDepth += 1
      if !truncated {
        printRecursive(members[i], &ctx)
      } else {
        let remaining = members.count - width
        ctx.writeLines("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
      }
      if last && ctx.needClose {
        ctx.out += ctx.indent + "+------------------------------------\n"
        ctx.needClose = false
      }
      ctx.groupDepth -= 1
    }
    if ctx.groupDepth == 1 { ctx.groupDepth -= 1 }
  }

  private func isExceptionGroup(_ e: PyException) -> Bool {
    e.isInstance(of: BuiltinTypes.baseExceptionGroup)
  }

  func formatEntries(_ entries: [TracebackEntry], _ out: inout String) {
    let shown = entries.count > TracebackPrinter.limit
      ? Array(entries.suffix(TracebackPrinter.limit)) : entries
    var lastFile: String?
    var lastLine = -1
    var lastName: String?
    var count = 0
    for entry in shown {
      let code = entry.code.object
      let line = entry.line
      if lastFile != code.filename || lastLine != line || lastName != code.name {
        if count > TracebackPrinter.repeatCutoff {
          out += repeatedLine(count - TracebackPrinter.repeatCutoff)
        }
        lastFile = code.filename
        lastLine = line
        lastName = code.name
        count = 0
      }
      count += 1
      if count <= TracebackPrinter.repeatCutoff {
        formatEntry(entry, &out)
      }
    }
    if count > TracebackPrinter.repeatCutoff {
      out += repeatedLine(count - TracebackPrinter.repeatCutoff)
    }
  }

  private func repeatedLine(_ n: Int) -> String {
    "  [Previous line repeated \(n) more time\(n > 1 ? "s" : "")]\n"
  }

  private func formatEntry(_ entry: TracebackEntry, _ out: inout String) {
    let code = entry.code.object
    let line = entry.line
    out += "  File \"\(code.filename)\", line \(line), in \(code.name)\n"
    guard showsSource, let lines = vm.interpreter.displayableLines(code.filename), line >= 1, line <= lines.count else {
      return
    }
    let source = lines[line - 1]
    let stripped = source.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
    let trimmed = String(stripped).trimmingTrailingWhitespace()
    if trimmed.isEmpty { return }
    out += "    " + trimmed + "\n"
    let span = entry.instruction < code.spans.count ? code.spans[entry.instruction] : SourceSpan.unknown
    if let carets = caretLine(source: source, trimmed: trimmed, span: span, line: line) {
      out += carets + "\n"
    }
  }

  /// The `^^^`/`~~^~~` line under the failing expression, or nil when it
  /// would underline the whole line (CPython elides it then).
  private func caretLine(source: String, trimmed: String, span: SourceSpan, line: Int) -> String? {
    guard span.start.line == line, span.end.line >= span.start.line else { return nil }
    let scalars = Array(source.unicodeScalars)
    let indent = scalars.prefix { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }.count
    let start = span.start.column
    var end = span.end.column
    var leftEnd = -1
    var rightStart = -1
    var primary: Character = "^"
    var secondary: Character = "^"
    if span.end.line == span.start.line {
      guard start < end, end <= scalars.count else { return nil }
      var segment = String.UnicodeScalarView()
      segment.append(contentsOf: scalars[start..<end])
      if let anchors = Anchors.find(in: String(segment)) {
        leftEnd = anchors.leftEnd + start
        rightStart = anchors.rightStart + start
        primary = "~"
        secondary = "^"
      }
    } else {
      // A multi-line expression: underline to the end of the line's text.
      end = indent + trimmed.unicodeScalars.count
    }
    let hasSecondary = leftEnd != -1 || rightStart != -1
    if end - start == trimmed.unicodeScalars.count && !hasSecondary { return nil }
    if end <= start { return nil }
    var out = "    "
    var offset = indent
    while offset < end {
      offset += 1
      if offset <= start {
        out.append(" ")
      } else if hasSecondary && leftEnd < offset && offset <= rightStart {
        out.append(secondary)
      } else {
        out.append(primary)
      }
    }
    return out
  }

  // MARK: - The last line

  func lastLine(_ exc: PyException) -> String {
    let type = exc.type
    var name = type.qualifiedName
    if type.module != "builtins" && type.module != "__main__" {
      name = type.module + "." + name
    }
    var message: String
    do throws(PyException) {
      if SyntaxErrors.tracebackBlock(vm, exc) != nil {
        message = try vm.str(SyntaxErrors.field(exc, "msg"))
      } else {
        message = try vm.strException(exc)
      }
    } catch {
      message = "<exception str() failed>"
    }
    if let suggestion = Suggestions.offer(for: exc, vm: vm) {
      message += ". Did you mean: '\(suggestion)'?"
    }
    if isExceptionGroup(exc) {
      return name + ": " + message
    }
    return message.isEmpty ? name : name + ": " + message
  }
}

/// Where CPython 3.11 puts the `^` under a binary operator or a subscript
/// (traceback.c's extract_anchors_from_expr), relative to the segment.
enum Anchors {
  static func find(in segment: String) -> (leftEnd: Int, rightStart: Int)? {
    guard let module = try? parseModule(segment, filename: "<segment>"),
      module.body.count == 1, case .expression(let expr) = module.body[0].kind
    else { return nil }
    let scalars = Array(segment.unicodeScalars)
    switch expr.kind {
    case .binary(let left, _, let right):
      guard left.span.end.line == 1, right.span.start.line == 1 else { return nil }
      func isWhitespace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }
      var i = left.span.end.column
      while i < right.span.start.column && i < scalars.count {
        if isWhitespace(scalars[i]) {
          i += 1
          continue
        }
        var rightAnchor = i + 1
        if i + 1 < right.span.start.column, i + 1 < scalars.count, !isWhitespace(scalars[i + 1]) {
          rightAnchor += 1
        }
        return (i, rightAnchor)
      }
      return nil
    case .subscript(let value, let index):
      guard value.span.end.line == 1, index.span.end.line == 1 else { return nil }
      return (value.span.end.column, index.span.end.column + 1)
    default:
      return nil
    }
  }
}

extension String {
  func trimmingTrailingWhitespace() -> String {
    var s = Substring(self)
    while let last = s.last, last == " " || last == "\t" || last == "\r" || last == "\n" || last == "\u{0C}" {
      s = s.dropLast()
    }
    return String(s)
  }
}
