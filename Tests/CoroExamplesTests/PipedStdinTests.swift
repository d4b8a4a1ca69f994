import Foundation
import Testing

/// The `coro` binary with stdin that is not a terminal: without FILE it is
/// the prompt reading lines (no prompts echoed, expression values printed);
/// `coro -` runs stdin as one program, as `python3 -` does.
@Suite(.enabled(if: CoroBinary.path != nil, "the coro binary was not found"))
struct PipedStdinTests {
  private static func run(_ arguments: [String], stdin text: String) throws -> (stdout: String, status: Int32) {
    guard let binary = CoroBinary.path else { return ("", -1) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), process.terminationStatus)
  }

  @Test("no FILE: statement by statement, as at the prompt")
  func promptFromPipe() throws {
    let result = try Self.run([], stdin: "x = 1\nx + 1\nfor i in range(2):\n    print(i)\n\n'done'\n")
    #expect(result.stdout == "2\n0\n1\n'done'\n")
    #expect(result.status == 0)
  }

  @Test("'-': stdin is one program (values are not echoed)")
  func programFromPipe() throws {
    let result = try Self.run(["-"], stdin: "x = 1\nx + 1\nprint(x + 2)\n")
    #expect(result.stdout == "3\n")
    #expect(result.status == 0)
  }
}
