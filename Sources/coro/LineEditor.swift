import CEditLine
import CoroRuntime
import Foundation

/// Reads the prompt's lines on a terminal through libedit: Emacs key
/// bindings, arrow keys, history (kept in a file across runs) with Ctrl-R
/// search, and Tab completion from the REPL session.
///
/// libedit reads characters through `readCharacter`, which waits on stdin
/// and on the interrupt pipe at once, so Ctrl-C (handled by Interrupts)
/// ends the read at once and the line is thrown away.
final class LineEditor {
  /// What one read gave.
  enum Input: Equatable {
    case line(String)
    /// Ctrl-D on an empty line (or the terminal went away).
    case endOfFile
    /// Ctrl-C: the line being typed is discarded.
    case interrupt
  }

  /// The editor whose callbacks libedit calls (one per process).
  nonisolated(unsafe) static var active: LineEditor?

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String?
  private let complete: (String) -> REPLCompletions
  /// Set by `readCharacter` when a Ctrl-C ended the read.
  fileprivate var interrupted = false

  /// An editor on stdin/stdout; nil when libedit cannot start.
  init?(historyPath: String?, complete: @escaping (String) -> REPLCompletions) {
    LineEditor.useUTF8Locale()
    let name = CommandLine.arguments.first ?? "coro"
    guard let editLine = el_init(name, stdin, stdout, stderr) else { return nil }
    guard let history = history_init() else {
      el_end(editLine)
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.historyPath = historyPath
    self.complete = complete
    coro_history_set_size(history, 1000)
    coro_history_set_unique(history, 1)
    if let historyPath { coro_history_load(history, historyPath) }
    coro_el_set_signal(editLine, 0)
    coro_el_set_editor(editLine, "emacs")
    coro_el_set_history(editLine, history)
    coro_el_use_prompt(editLine)
    coro_el_set_getc(editLine, readCharacter)
    coro_el_add_function(
      editLine, "coro-complete", "Complete the word before the cursor", completeWordCallback)
    for (key, command) in LineEditor.bindings {
      coro_el_bind(editLine, key, command)
    }
    // The user's ~/.editrc (or $EDITRC) may change bindings, as in other
    // libedit programs.
    el_source(editLine, nil)
    LineEditor.active = self
  }

  /// Key bindings beyond libedit's Emacs defaults (which already have the
  /// arrow keys, Ctrl-A/E/K/U/W/Y, Meta-B/F...).
  private static let bindings: [(String, String)] = [
    ("^I", "coro-complete"),
    ("^R", "em-inc-search-prev"),
    ("^S", "em-inc-search-next"),
    ("\\e[1;5C", "em-next-word"),
    ("\\e[1;5D", "ed-prev-word"),
    ("\\e[H", "ed-move-to-beg"),
    ("\\e[F", "ed-move-to-end"),
    ("\\e[1~", "ed-move-to-beg"),
    ("\\e[4~", "ed-move-to-end"),
    ("\\e[3~", "ed-delete-next-char"),
  ]

  deinit {
    if LineEditor.active === self { LineEditor.active = nil }
    el_end(editLine)
    history_end(history)
  }

  /// Shows `prompt` and reads one line (without its newline).
  func read(prompt: String) -> Input {
    Interrupts.clearPending()
    interrupted = false
    coro_el_set_prompt_text(prompt)
    // Editing mode before the prompt shows, not at the first key read (as
    // libedit would): a Ctrl-D typed as soon as the prompt appears must not
    // meet the terminal's own line discipline, where it would be lost.
    coro_el_prep_term(editLine, 1)
    var count: Int32 = 0
    let raw = el_gets(editLine, &count)
    if interrupted {
      return .interrupt
    }
    guard let raw, count > 0 else { return .endOfFile }
    var line = String(cString: raw)
    while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }

  /// Remembers a line for the arrow keys and Ctrl-R, and in the history
  /// file (written at once, so that no line is lost if the process dies).
  func remember(_ line: String) {
    guard !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { return }
    coro_history_enter(history, line)
    if let historyPath { coro_history_save(history, historyPath) }
  }

  /// libedit needs a UTF-8 LC_CTYPE to read and show non-ASCII text.
  private static func useUTF8Locale() {
    setlocale(LC_CTYPE, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
    if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
  }

  /// The history file: `$CORO_HISTORY` (empty: none), else `~/.coro_history`.
  static func historyPath(environment: [String: String]) -> String? {
    if let path = environment["CORO_HISTORY"] { return path.isEmpty ? nil : path }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home.isEmpty ? nil : (home as NSString).appendingPathComponent(".coro_history")
  }

  /// Tab: completes the word before the cursor, or lists the choices.
  fileprivate func completeWord(in el: OpaquePointer) -> UInt8 {
    guard let info = el_line(el)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
      return UInt8(CC_ERROR)
    }
    let before = UnsafeBufferPointer(
      start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: cursor - buffer)
    let text = String(decoding: before, as: UTF8.self)
    if text.allSatisfy({ $0 == " " || $0 == "\t" }) {
      // At the start of a line Tab indents, as a learner expects in a block.
      el_insertstr(el, "    ")
      return UInt8(CC_REFRESH)
    }
    let found = complete(text)
    guard !found.matches.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    let common = LineEditor.commonPrefix(found.matches)
    if common.count > found.word.count {
      el_insertstr(el, String(common.dropFirst(found.word.count)))
      return UInt8(CC_REFRESH)
    }
    if found.matches.count == 1 { return UInt8(CC_REFRESH) }
    LineEditor.writeColumns(found.matches)
    return UInt8(CC_REDISPLAY)
  }

  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for word in words.dropFirst() {
      let characters = Array(word)
      var n = 0
      while n < prefix.count && n < characters.count && prefix[n] == characters[n] { n += 1 }
      prefix.removeLast(prefix.count - n)
    }
    return String(prefix)
  }

  /// Lists completions below the line, in columns read downwards, as
  /// readline does.
  private static func writeColumns(_ words: [String]) {
    var size = winsize()
    let width = ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    let cell = (words.map(\.count).max() ?? 0) + 2
    let columns = max(1, width / cell)
    let rows = (words.count + columns - 1) / columns
    var text = "\n"
    for row in 0..<rows {
      var line = ""
      for column in 0..<columns {
        let i = column * rows + row
        guard i < words.count else { break }
        let word = words[i]
        line += column == columns - 1 || i + rows >= words.count
          ? word : word.padding(toLength: cell, withPad: " ", startingAt: 0)
      }
      text += line + "\n"
    }
    Interrupts.writeAll(1, text)
  }
}

/// libedit's character source: one UTF-8 character from stdin, or -1 (an
/// error, which ends `el_gets`) when Ctrl-C is pressed.
private func readCharacter(_ el: OpaquePointer?, _ out: UnsafeMutablePointer<wchar_t>?) -> Int32 {
  var bytes: [UInt8] = []
  var needed = 1
  while bytes.count < needed {
    switch Interrupts.waitForInput(fd: 0) {
    case .interrupt:
      LineEditor.active?.interrupted = true
      errno = EINTR
      return -1
    case .error:
      return -1
    case .ready:
      break
    }
    var byte: UInt8 = 0
    let n = Glibc.read(0, &byte, 1)
    if n < 0 {
      if errno == EINTR || errno == EAGAIN { continue }
      return -1
    }
    if n == 0 { return 0 }
    if !bytes.isEmpty && byte & 0xC0 != 0x80 {
      // A broken sequence: drop it and start again from this byte.
      bytes.removeAll()
    }
    if bytes.isEmpty {
      switch byte {
      case 0xC0...0xDF: needed = 2
      case 0xE0...0xEF: needed = 3
      case 0xF0...0xF7: needed = 4
      default: needed = 1
      }
    }
    bytes.append(byte)
  }
  let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first?.value ?? 0xFFFD
  out?.pointee = wchar_t(bitPattern: scalar)
  return 1
}

private func completeWordCallback(_ el: OpaquePointer?, _ key: Int32) -> UInt8 {
  guard let el, let editor = LineEditor.active else { return UInt8(CC_ERROR) }
  return editor.completeWord(in: el)
}
