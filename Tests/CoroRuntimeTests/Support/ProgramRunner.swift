@testable import CoroRuntime
import Foundation

/// What a program run in-process printed and returned.
struct ProgramResult: CustomStringConvertible {
  var stdout: String
  var stderr: String
  var status: Int32
  /// Real seconds the run took.
  var seconds: Double

  var description: String {
    "status \(status)\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)"
  }

  /// stdout split into lines (without the final empty one).
  var lines: [String] {
    var parts = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if parts.last == "" { parts.removeLast() }
    return parts
  }
}

/// Runs Python source through a fresh `Interpreter` with captured output.
enum Program {
  /// The file name tracebacks and warnings show; it need not exist (the
  /// interpreter keeps the source lines it compiled).
  static let filename = "/coro-tests/prog.py"

  /// Runs `source` (dedented by the caller, if needed), on the virtual
  /// clock unless `virtualTime` is false.
  static func run(_ source: String, virtualTime: Bool = true, filename: String = Program.filename) -> ProgramResult {
    let out = OutputStream()
    let err = OutputStream()
    let interpreter = Interpreter(
      options: InterpreterOptions(arguments: [filename], virtualTime: virtualTime), stdout: out, stderr: err)
    let start = DispatchTime.now().uptimeNanoseconds
    let status = interpreter.runSource(source, filename: filename)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return ProgramResult(stdout: out.text, stderr: err.text, status: status, seconds: seconds)
  }

  /// Runs a file from the repository's `examples/` folder as the golden
  /// runner does (the absolute path as the program's name).
  static func runExample(_ relativePath: String, virtualTime: Bool) -> ProgramResult {
    let path = examplesRoot + "/" + relativePath
    let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "raise SystemExit('missing \(path)')"
    return run(source, virtualTime: virtualTime, filename: path)
  }

  static let examplesRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    // Tests/CoroRuntimeTests/Support/ProgramRunner.swift → package root.
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("examples").path
  }()
}
