import CoroSyntax

/// SyntaxError objects raised at run time (by `compile`, `exec`, `eval`
/// and `import`): CPython's arguments `(msg, (filename, lineno, offset,
/// text, end_lineno, end_offset))`, the attributes read from them, and
/// `str()` as `msg (file.py, line 3)`.
enum SyntaxErrors {
  /// The Python exception for a compile error in `source`.
  static func exception(_ error: SyntaxError, filename: String, source: String) -> PyException {
    let type: PyType
    switch error.kind {
    case .syntaxError: type = BuiltinTypes.syntaxError
    case .indentationError: type = BuiltinTypes.indentationError
    case .tabError: type = BuiltinTypes.tabError
    }
    var lines: [Substring] = []
    source.enumerateLines { line, _ in lines.append(Substring(line)) }
    let lineNumber = error.location.line
    var text: Value = .none
    if lineNumber >= 1 && lineNumber <= lines.count {
      let isLast = lineNumber == lines.count && !source.hasSuffix("\n")
      text = .str(String(lines[lineNumber - 1]) + (isLast ? "" : "\n"))
    }
    let sameLine = error.endLocation.line == error.location.line
    let details: [Value] = [
      .str(filename), .int(lineNumber), .int(error.location.column + 1), text,
      .int(error.endLocation.line), .int(sameLine || error.endLocation.line > 0
        ? error.endLocation.column + 1 : 0),
    ]
    return PyException(type: type, args: [.str(error.message), .tuple(details)])
  }

  private static let fields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]

  /// An attribute parsed from the arguments (or set on the instance).
  static func field(_ e: PyException, _ name: String) -> Value {
    if let v = e.attributeDict.getString(name) { return v }
    if name == "msg" { return e.args.first ?? .none }
    guard e.args.count == 2, let details = e.args[1].as(PyTuple.self),
      let i = fields.firstIndex(of: name), i < details.items.count
    else { return .none }
    return details.items[i]
  }

  /// `str(e)` for SyntaxError: nil when BaseException's text applies.
  static func text(_ vm: VM, _ e: PyException) throws(PyException) -> String? {
    guard e.isInstance(of: BuiltinTypes.syntaxError), e.args.count == 2 else { return nil }
    let msg = try vm.str(field(e, "msg"))
    let filename = field(e, "filename").asStr?.value
    let lineno = field(e, "lineno")
    let base = filename.map { $0.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? $0 }
    switch (base, lineno) {
    case (let f?, .int(let n)): return "\(msg) (\(f), line \(n))"
    case (let f?, _): return "\(msg) (\(f))"
    case (nil, .int(let n)): return "\(msg) (line \(n))"
    default: return msg
    }
  }

  /// The `File "...", line N` block CPython prints before a SyntaxError's
  /// last line, with the source text and carets.
  static func tracebackBlock(_ vm: VM, _ e: PyException) -> String? {
    guard e.isInstance(of: BuiltinTypes.syntaxError), e.args.count == 2,
      case .int(let line) = field(e, "lineno")
    else { return nil }
    let filename = field(e, "filename").asStr?.value ?? "<string>"
    var out = "  File \"\(filename)\", line \(line)\n"
    if let text = field(e, "text").asStr?.value {
      let scalars = Array(text.unicodeScalars)
      var start = 0
      while start < scalars.count, [" ", "\t", "\u{0C}"].contains(scalars[start]) { start += 1 }
      var body = String.UnicodeScalarView()
      body.append(contentsOf: scalars[start...])
      let shown = String(body).trimmingTrailingWhitespace()
      out += "    " + shown + "\n"
      if case .int(let offset) = field(e, "offset"), offset >= 1 {
        var column = min(offset - 1 - start, shown.unicodeScalars.count)
        column = max(column, 0)
        var width = 1
        if case .int(let endOffset) = field(e, "end_offset"), case .int(let endLine) = field(e, "end_lineno"),
          endLine == line, endOffset > offset
        {
          width = min(endOffset - offset, shown.unicodeScalars.count + 1 - column)
        }
        out += "    " + String(repeating: " ", count: column) + String(repeating: "^", count: max(width, 1)) + "\n"
      }
    }
    return out
  }

  static func installAttributes() {
    let t = BuiltinTypes.syntaxError
    for name in ["msg"] + fields {
      t.addGetter(name, { (vm: VM, v: Value) throws(PyException) -> Value in
        guard let e = v.as(PyException.self) else { return .none }
        return field(e, name)
      }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
        v.as(PyException.self)?.attributeDict.setString(name, new)
      })
    }
    t.addGetter("print_file_and_line") { (vm: VM, v: Value) throws(PyException) -> Value in .none }
  }
}
