import CoroCompiler
import CoroSyntax
import Foundation
import Testing

/// Every truncation of every example program — at each line boundary and
/// at 200 random byte positions (fixed seed per file) — is lexed, parsed
/// and compiled in-process. Each must give a code object or a SyntaxError
/// with a sensible location: never a crash, never a hang.
///
/// The files are the test's arguments, so Swift Testing spreads them over
/// the cores; each file runs on a large-stack thread under a watchdog.
struct ExamplePrefixRobustnessTests {
  static let programs = Repository.allExamplePrograms()
  static let randomCutsPerFile = 200
  /// Generous: a whole file takes well under a second in a debug build.
  static let secondsPerFile = 60.0

  @Test("there are example programs to cut")
  func programsExist() {
    #expect(Self.programs.count >= 300)
  }

  @Test("every prefix of an example compiles or fails with a SyntaxError", arguments: programs)
  func prefixes(_ relativePath: String) throws {
    let url = Repository.examples.appendingPathComponent(relativePath)
    let bytes = Array(try Data(contentsOf: url))
    var cuts = Set<Int>([0, bytes.count])
    for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { cuts.insert(i + 1) }
    var rng = SeededGenerator(seed: SeededGenerator.seed(for: relativePath, base: 0xC0_0C0))
    for _ in 0..<Self.randomCutsPerFile where !bytes.isEmpty {
      cuts.insert(Int(rng.next() % UInt64(bytes.count + 1)))
    }
    let ordered = cuts.sorted()
    let problems = ProblemList()
    let finished = Watchdog.run(seconds: Self.secondsPerFile) {
      for cut in ordered {
        // A cut inside a multi-byte character leaves a replacement
        // character at the end: still a valid String, as a file would be.
        let text = String(decoding: bytes[0..<cut], as: UTF8.self)
        switch compileOutcome(text, filename: relativePath) {
        case .success:
          break
        case .failure(let error):
          if let problem = Self.check(error, source: text) {
            problems.add("cut at byte \(cut): \(problem)")
          }
        }
      }
    }
    #expect(finished, "compiling the prefixes of \(relativePath) took over \(Self.secondsPerFile) s (hang?)")
    let found = problems.items
    #expect(found.isEmpty, "\(relativePath): \(found.prefix(5).joined(separator: "\n"))")
  }

  @Test("a whole example compiles unless CPython reports a SyntaxError for it", arguments: programs)
  func wholeProgram(_ relativePath: String) throws {
    let url = Repository.examples.appendingPathComponent(relativePath)
    let source = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    // An example marked as a known golden failure may use syntax Coro does
    // not parse yet; its prefixes are still cut and compiled above.
    if source.split(separator: "\n", omittingEmptySubsequences: false).prefix(5).contains(where: { $0.hasPrefix("# golden: skip") }) {
      return
    }
    let errURL = url.deletingPathExtension().appendingPathExtension("err")
    let expected = (try? String(contentsOf: errURL, encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let compileTimeKinds = ["SyntaxError: ", "IndentationError: ", "TabError: "]
    var outcome: Result<CodeObject, SyntaxError>?
    let finished = Watchdog.run(seconds: Self.secondsPerFile) {
      outcome = compileOutcome(source, filename: relativePath)
    }
    try #require(finished, "compiling \(relativePath) hung")
    switch outcome {
    case .success?:
      if let expected, compileTimeKinds.contains(where: { expected.hasPrefix($0) }) {
        Issue.record("\(relativePath) compiled, but CPython says: \(expected)")
      }
    case .failure(let error)?:
      let line = "\(error.kind.rawValue): \(error.message)"
      #expect(line == expected, "\(relativePath) failed to compile: \(line) at \(error.location)")
    case nil:
      Issue.record("no outcome")
    }
  }

  /// What is wrong with a SyntaxError for `source`, if anything.
  static func check(_ error: SyntaxError, source: String) -> String? {
    if error.message.isEmpty { return "empty message" }
    let lineCount = source.split(separator: "\n", omittingEmptySubsequences: false).count
    // CPython reports errors at end of input on the line after the last.
    if error.location.line < 1 || error.location.line > lineCount + 1 {
      return "line \(error.location.line) outside 1...\(lineCount + 1): \(error.message)"
    }
    if error.location.column < 0 { return "negative column: \(error.message)" }
    if error.endLocation.line < error.location.line {
      return "end \(error.endLocation) before start \(error.location): \(error.message)"
    }
    return nil
  }
}

/// Problems found on a worker thread, read back by the test.
final class ProblemList: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [String] = []

  func add(_ problem: String) {
    lock.lock()
    list.append(problem)
    lock.unlock()
  }

  var items: [String] {
    lock.lock()
    defer { lock.unlock() }
    return list
  }
}
