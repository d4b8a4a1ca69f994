import CoroRuntime
import Foundation
import Testing

/// Feeds every REPL transcript `examples/repl/**/NAME.txt` to a
/// `REPLSession` in-process, line by line as the prompt does when stdin is
/// not a terminal, on the virtual clock, and compares stdout with
/// `NAME.out`. The expected files come from CPython's own prompt
/// (`scripts/golden record examples/repl`; see the script's "REPL
/// transcripts" section), never from Coro or by hand.
struct REPLTranscriptTests {
  static let transcripts: [String] = REPLTranscripts.list()

  @Test("transcript matches CPython's prompt", arguments: transcripts)
  func transcript(_ relativePath: String) throws {
    let path = REPLTranscripts.root + "/" + relativePath
    let input = try String(contentsOfFile: path, encoding: .utf8)
    let expected = try String(contentsOfFile: String(path.dropLast(4)) + ".out", encoding: .utf8)
    let result = REPLTranscripts.run(input)
    let diff = GoldenExamples.diff(expected, result.stdout)
    #expect(
      result.stdout == expected,
      "stdout differs for \(relativePath):\n\(diff)\nstderr:\n\(result.stderr)")
  }

  @Test("there are transcripts to run")
  func transcriptsExist() {
    #expect(REPLTranscriptTests.transcripts.count >= 8)
    #expect(REPLTranscriptTests.transcripts.contains("seed/gather_sleep.txt"))
  }
}

enum REPLTranscripts {
  /// `examples/repl/`.
  static let root = GoldenExamples.root + "/repl"

  /// Transcripts relative to `root`, sorted; those marked `# golden: skip`
  /// in their first 5 lines are left out, as `scripts/golden` does.
  static func list() -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var found: [String] = []
    while let item = enumerator.nextObject() as? String {
      guard item.hasSuffix(".txt"),
        let text = try? String(contentsOfFile: root + "/" + item, encoding: .utf8)
      else { continue }
      let head = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(5)
      if head.contains(where: { $0.hasPrefix("# golden: skip") }) { continue }
      found.append(item)
    }
    return found.sorted()
  }

  /// Runs `input` through a fresh session; stops at SystemExit, as the
  /// prompt does.
  static func run(_ input: String) -> GoldenExamples.Result {
    let out = OutputStream()
    let err = OutputStream()
    let interpreter = Interpreter(
      options: InterpreterOptions(arguments: [""], virtualTime: true), stdout: out, stderr: err)
    let session = REPLSession(interpreter: interpreter)
    var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    for line in lines {
      session.feed(line)
      if session.exitStatus != nil { break }
    }
    if session.exitStatus == nil { session.finish() }
    let status = session.exitStatus ?? 0
    return GoldenExamples.Result(stdout: out.text, stderr: err.text, status: status)
  }
}
