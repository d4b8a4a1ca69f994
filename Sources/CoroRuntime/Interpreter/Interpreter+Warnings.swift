/// Warnings and "unraisable" errors written to stderr, in CPython's format.
extension Interpreter {
  /// `FILE:LINE: RuntimeWarning: coroutine 'NAME' was never awaited`,
  /// attributed like CPython to the Python line running when the coroutine
  /// was destroyed, shown once per location (the default filter).
  func warnNeverAwaited(_ gen: PyGenerator) {
    warn(
      category: "RuntimeWarning", message: "coroutine '\(gen.qualifiedName)' was never awaited",
      extraLine: "RuntimeWarning: Enable tracemalloc to get the object allocation traceback")
  }

  /// Shows a warning at the current Python line (or `sys:1` when no Python
  /// code runs), once per (file, line, category, message).
  func warn(category: String, message: String, extraLine: String? = nil) {
    var filename = "sys"
    var line = 1
    if let frame = mainVM?.frame {
      filename = frame.code.object.filename
      line = frame.currentLine
    }
    let key = "\(filename):\(line):\(category):\(message)"
    if shownWarnings.contains(key) { return }
    shownWarnings.insert(key)
    var text = "\(filename):\(line): \(category): \(message)\n"
    if let lines = displayableLines(filename), line >= 1, line <= lines.count {
      let source = lines[line - 1].drop { $0 == " " || $0 == "\t" }
      if !source.isEmpty { text += "  " + String(source).trimmingTrailingWhitespace() + "\n" }
    }
    if let extraLine { text += extraLine + "\n" }
    stdout.flush()
    stderr.write(text)
  }

  /// CPython's PyErr_WriteUnraisable: an error that has nowhere to go.
  func writeUnraisable(_ exc: PyException, context: String, showsSource: Bool = true) {
    guard let vm = mainVM else { return }
    stdout.flush()
    stderr.write(context + "\n" + TracebackPrinter(vm: vm, showsSource: showsSource).format(exc))
  }
}
