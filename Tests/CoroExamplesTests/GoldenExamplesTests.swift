import CoroRuntime
import Foundation
import Testing

/// Runs every `examples/**/NAME.py` in-process and compares its stdout
/// with `NAME.out` and, when `NAME.err` exists, the last line of stderr
/// with it (and expects a failing exit status). The expected files are
/// made by CPython 3.11 (`scripts/golden record`), never by hand.
struct GoldenExamplesTests {
  static let examples: [String] = GoldenExamples.programs()

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
