import CoroSyntax

/// Formats a syntax error as CPython's `print_error_text` does:
///
///       File "x.py", line 3
///         if x
///             ^
///     SyntaxError: expected ':'
enum SyntaxErrorReport {
  static func format(_ error: SyntaxError, filename: String, lines: [String]) -> String {
    var out = "  File \"\(filename)\", line \(error.location.line)\n"
    let lineIndex = error.location.line - 1
    if lineIndex >= 0 && lineIndex < lines.count {
      let text = lines[lineIndex]
      let scalars = Array(text.unicodeScalars)
      var offset = error.location.column
      var endOffset = error.endLocation.line == error.location.line ? error.endLocation.column : -1
      var start = 0
      while start < scalars.count, scalars[start] == " " || scalars[start] == "\t" || scalars[start] == "\u{0C}" {
        start += 1
        offset -= 1
        endOffset -= 1
      }
      var body = String.UnicodeScalarView()
      body.append(contentsOf: scalars[start...])
      let shown = String(body).trimmingTrailingWhitespace()
      let length = shown.unicodeScalars.count
      if offset > length { offset = length }
      out += "    " + shown + "\n"
      if offset >= 0 {
        let count = endOffset > offset ? min(endOffset, length + 1) - offset : 1
        out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: max(count, 1)) + "\n"
      }
    }
    out += "\(error.kind.rawValue): \(error.message)\n"
    return out
  }
}
