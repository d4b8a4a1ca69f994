import Testing

/// A program and what CPython 3.11.7 does with it, run as
/// `/coro-tests/prog.py` (stdout and stderr without their final newline;
/// nil for no output at all).
struct ProgramCase: CustomTestStringConvertible, Sendable {
  let name: String
  let source: String
  let stdout: String?
  let stderr: String?
  let status: Int32
  /// Set when Coro is known to differ from CPython here: the bug, to be
  /// fixed in Sources. The test then expects the failure.
  var knownIssue: String?

  init(
    _ name: String, source: String, stdout: String?, stderr: String?, status: Int32,
    knownIssue: String? = nil
  ) {
    self.name = name
    self.source = source
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
    self.knownIssue = knownIssue
  }

  var testDescription: String { name }

  var expectedStdout: String { stdout.map { $0 + "\n" } ?? "" }
  var expectedStderr: String { stderr.map { $0 + "\n" } ?? "" }

  /// Runs the program (virtual clock) and compares everything with CPython.
  func check(sourceLocation: SourceLocation = #_sourceLocation) {
    let result = Program.run(source + "\n")
    let compare = {
      #expect(
        result.stdout == expectedStdout, "stdout of \(name):\n\(Self.diff(expectedStdout, result.stdout))",
        sourceLocation: sourceLocation)
      #expect(
        result.stderr == expectedStderr, "stderr of \(name):\n\(Self.diff(expectedStderr, result.stderr))",
        sourceLocation: sourceLocation)
      #expect(result.status == status, "exit status of \(name)", sourceLocation: sourceLocation)
    }
    if let knownIssue {
      withKnownIssue(Comment(rawValue: knownIssue)) { compare() }
    } else {
      compare()
    }
  }

  /// The first differing line, then the whole actual text.
  static func diff(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(e.count, a.count) {
      let x = i < e.count ? String(e[i]) : "<end>"
      let y = i < a.count ? String(a[i]) : "<end>"
      if x != y { return "line \(i + 1):\n  expected: \(x)\n  actual:   \(y)\nwhole actual text:\n\(actual)" }
    }
    return "(same lines)"
  }
}
