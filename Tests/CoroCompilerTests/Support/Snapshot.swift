import CoroCompiler
import Foundation
import Testing

/// Stored expected text for the disassembly tests, in
/// `Tests/CoroCompilerTests/Snapshots/NAME.txt`.
///
/// A snapshot is (re)written only when the environment variable
/// `CORO_RECORD=1` is set, and that run still FAILS with an issue naming
/// the file, so a changed snapshot is never accepted by accident: record,
/// read the diff (`git diff Tests/CoroCompilerTests/Snapshots`), then run
/// again without `CORO_RECORD` to see it pass.
enum Snapshot {
  static let directory: URL = {
    var url = URL(fileURLWithPath: #filePath)
    url.deleteLastPathComponent()  // Support/
    url.deleteLastPathComponent()  // CoroCompilerTests/
    return url.appendingPathComponent("Snapshots")
  }()

  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["CORO_RECORD"] == "1"
  }

  /// Compares `actual` with the stored snapshot `name`, or records it.
  static func assertMatches(
    _ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name + ".txt")
    if isRecording {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record(
          "recorded snapshot \(url.lastPathComponent); check it, then run again without CORO_RECORD=1",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "missing snapshot \(url.path); record it with CORO_RECORD=1", sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let difference = firstDifference(expected, actual)
      Issue.record(
        "disassembly differs from \(name).txt (re-record with CORO_RECORD=1 if intended):\n\(difference)",
        sourceLocation: sourceLocation)
    }
  }

  /// The first differing line, with a little context.
  static func firstDifference(_ expected: String, _ actual: String) -> String {
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

/// A readable summary of a code object tree: the fields the runtime relies
/// on for frame layout (slots, cells, free variables) and calling (flags).
enum CodeSummary {
  static func describe(_ code: CodeObject) -> String {
    var out = ""
    describe(code, into: &out)
    return out
  }

  static func flagNames(_ flags: CodeFlags) -> [String] {
    let all: [(CodeFlags, String)] = [
      (.varArgs, "varArgs"), (.varKeywords, "varKeywords"), (.generator, "generator"),
      (.coroutine, "coroutine"), (.asyncGenerator, "asyncGenerator"),
      (.topLevelAwait, "topLevelAwait"), (.namespace, "namespace"),
    ]
    return all.filter { flags.contains($0.0) }.map { $0.1 }
  }

  private static func describe(_ code: CodeObject, into out: inout String) {
    out += "\(code.qualifiedName): kind=\(code.kind) flags=\(flagNames(code.flags))"
    out += " args=\(code.argCount)/posonly=\(code.positionalOnlyCount)/kwonly=\(code.keywordOnlyCount)\n"
    out += "  locals=\(code.localNames) cells=\(code.cellNames) free=\(code.freeNames)"
    let cellParams = code.cellParameters.map { "\($0.cell)<-\($0.slot)" }
    out += " cellParameters=\(cellParams)\n"
    for constant in code.constants {
      if case .code(let inner) = constant { describe(inner, into: &out) }
    }
  }
}

extension CodeObject {
  /// This code object and every code object nested in it, depth first.
  var allCodeObjects: [CodeObject] {
    var result = [self]
    for constant in constants {
      if case .code(let inner) = constant { result += inner.allCodeObjects }
    }
    return result
  }

  /// The nested code object with this qualified name.
  func find(_ qualifiedName: String) -> CodeObject? {
    allCodeObjects.first { $0.qualifiedName == qualifiedName }
  }
}
