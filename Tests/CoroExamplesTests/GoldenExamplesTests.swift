import CoroRuntime
import Foundation
import Testing

/// Runs every `examples/**/NAME.py` in-process and compares its stdout
/// with `NAME.out` and, when `NAME.err` exists, the last line of stderr
/// with it (and expects a failing exit status). When `NAME.stderr` exists
/// (programs marked `# golden: stderr`), the whole stderr is compared with
/// it, after replacing the example's directory by `{dir}` as
/// `scripts/golden` does. The expected files are made by CPython 3.11
/// (`scripts/golden record`), never by hand.
struct GoldenExamplesTests {
  static let examples: [String] = GoldenExamples.programs()

  /// Examples whose whole stderr is known to differ from CPython's: the
  /// bug, to be fixed in Sources (the comparison then expects a failure).
  static let knownStderrIssues: [String: String] = [:]

  @Test("example matches CPython", arguments: examples)
  func example(_ relativePath: String) throws {
    let result = GoldenExamples.run(relativePath)
    let expectedOut = try String(contentsOfFile: GoldenExamples.root + "/" + GoldenExamples.stem(relativePath) + ".out", encoding: .utf8)
    #expect(result.stdout == expectedOut, "stdout differs for \(relativePath):\n\(GoldenExamples.diff(expectedOut, result.stdout))\nstderr:\n\(result.stderr)")
    let errPath = GoldenExamples.root + "/" + GoldenExamples.stem(relativePath) + ".err"
    if let expectedErr = try? String(contentsOfFile: errPath, encoding: .utf8) {
      let lastLine = result.stderr.split(separator: "\n", omittingEmptySubsequences: true).last.map(String.init) ?? ""
      #expect(lastLine == expectedErr.trimmingCharacters(in: .newlines), "last stderr line differs for \(relativePath); stderr:\n\(result.stderr)")
      #expect(result.status != 0, "\(relativePath) should fail")
    } else {
      #expect(result.status == 0, "\(relativePath) exited with \(result.status); stderr:\n\(result.stderr)")
    }
    let stderrPath = GoldenExamples.root + "/" + GoldenExamples.stem(relativePath) + ".stderr"
    if let expectedStderr = try? String(contentsOfFile: stderrPath, encoding: .utf8) {
      let actual = GoldenExamples.normalizeStderr(result.stderr, relativePath)
      let compare = {
        #expect(
          actual == expectedStderr,
          "stderr differs for \(relativePath):\n\(GoldenExamples.diff(expectedStderr, actual))\nwhole stderr:\n\(actual)")
      }
      if let reason = Self.knownStderrIssues[relativePath] {
        withKnownIssue(Comment(rawValue: reason)) { compare() }
      } else {
        compare()
      }
    } else {
      #expect(
        !GoldenExamples.wantsStderr(relativePath),
        "\(relativePath) is marked '# golden: stderr' but has no .stderr file (scripts/golden record it)")
    }
  }

  /// The `{dir}` replacement itself, on made-up text.
  @Test("stderr normalization replaces the example's directory")
  func stderrNormalization() {
    let dir = GoldenExamples.root + "/async/stderr"
    let text = "\(dir)/x.py:3: RuntimeWarning: w\n  File \"\(dir)/x.py\", line 3\n\(GoldenExamples.root)/other/y.py\n"
    #expect(
      GoldenExamples.normalizeStderr(text, "async/stderr/x.py")
        == "{dir}/x.py:3: RuntimeWarning: w\n  File \"{dir}/x.py\", line 3\n\(GoldenExamples.root)/other/y.py\n")
  }

  @Test("examples marked '# golden: stderr' exist and all have .stderr files")
  func stderrExamplesExist() {
    let marked = GoldenExamples.examples.filter(GoldenExamples.wantsStderr)
    #expect(marked.count >= 5)
    for path in marked {
      let stderrPath = GoldenExamples.root + "/" + GoldenExamples.stem(path) + ".stderr"
      #expect(FileManager.default.fileExists(atPath: stderrPath), "missing \(stderrPath)")
    }
  }

  @Test("there are examples to run")
  func examplesExist() {
    #expect(GoldenExamples.examples.count >= 80)
  }
}

extension GoldenExamples {
  static var examples: [String] { programs() }
}

enum GoldenExamples {
  /// The repository's `examples/` folder.
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("examples").path
  }()

  /// Example programs, relative to `root`, sorted; helper modules (`_*.py`)
  /// and folders marked `.golden-skip` are left out, as `scripts/golden`
  /// does.
  static func programs() -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var found: [String] = []
    var skipped: [String] = []
    while let item = enumerator.nextObject() as? String {
      if item.hasSuffix(".golden-skip") {
        skipped.append((item as NSString).deletingLastPathComponent + "/")
        continue
      }
      guard item.hasSuffix(".py") else { continue }
      if (item as NSString).lastPathComponent.hasPrefix("_") { continue }
      found.append(item)
    }
    return found.filter { path in !skipped.contains { path.hasPrefix($0) } }.filter { !isMarkedSkip($0) }.sorted()
  }

  private static func isMarkedSkip(_ relativePath: String) -> Bool {
    guard let text = try? String(contentsOfFile: root + "/" + relativePath, encoding: .utf8) else { return false }
    return text.split(separator: "\n", omittingEmptySubsequences: false).prefix(5).contains { $0.hasPrefix("# golden: skip") }
  }

  static func stem(_ relativePath: String) -> String {
    String(relativePath.dropLast(3))
  }

  /// True when one of the first 5 lines is `# golden: stderr`.
  static func wantsStderr(_ relativePath: String) -> Bool {
    guard let text = try? String(contentsOfFile: root + "/" + relativePath, encoding: .utf8) else { return false }
    return text.split(separator: "\n", omittingEmptySubsequences: false).prefix(5).contains {
      $0.trimmingCharacters(in: .whitespaces) == "# golden: stderr"
    }
  }

  /// Whole stderr with the example's own directory (as given, and with
  /// symbolic links resolved) replaced by `{dir}`, longest form first, as
  /// `scripts/golden`'s `normalize_stderr` does.
  static func normalizeStderr(_ text: String, _ relativePath: String) -> String {
    let dir = ((root + "/" + relativePath) as NSString).deletingLastPathComponent
    let resolved = (dir as NSString).resolvingSymlinksInPath
    var result = text
    for form in Set([dir, resolved]).sorted(by: { $0.count > $1.count }) {
      result = result.replacingOccurrences(of: form, with: "{dir}")
    }
    return result
  }

  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  static func run(_ relativePath: String, virtualTime: Bool = true) -> Result {
    let out = OutputStream()
    let err = OutputStream()
    let path = root + "/" + relativePath
    let interpreter = Interpreter(
      options: InterpreterOptions(arguments: [(relativePath as NSString).lastPathComponent], virtualTime: virtualTime),
      stdout: out, stderr: err)
    let status = interpreter.runFile(path: path, displayName: path)
    return Result(stdout: out.text, stderr: err.text, status: status)
  }

  /// The first differing line, for a readable failure.
  static func diff(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(e.count, a.count) {
      let x = i < e.count ? String(e[i]) : "<end>"
      let y = i < a.count ? String(a[i]) : "<end>"
      if x != y { return "line \(i + 1):\n  expected: \(x)\n  actual:   \(y)" }
    }
    return "(same lines)"
  }
}
