import Foundation
import Testing

/// Ctrl-C (SIGINT) sent to the `coro` binary while a program runs: the
/// program gets KeyboardInterrupt, prints CPython's traceback, and ends by
/// SIGINT as CPython does, without waiting for executor workers that are
/// still blocked in `time.sleep`.
@Suite(.serialized, .enabled(if: CoroBinary.path != nil, "the coro binary was not found"))
struct InterruptTests {
  private static func interrupt(_ source: String, after seconds: Double) throws -> (stderr: String, reason: Process.TerminationReason, status: Int32, elapsed: Double) {
    guard let binary = CoroBinary.path else { return ("", .exit, -1, 0) }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coro-interrupt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("prog.py")
    try Data(source.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = [file.path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    let started = Date()
    try process.run()
    Thread.sleep(forTimeInterval: seconds)
    process.interrupt()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), process.terminationReason, process.terminationStatus, Date().timeIntervalSince(started))
  }

  @Test("Ctrl-C during asyncio.run with a worker asleep: traceback, SIGINT, no wait for the worker")
  func interruptWithWorkers() throws {
    let result = try Self.interrupt(
      """
      import asyncio, time

      async def main():
          loop = asyncio.get_running_loop()
          await asyncio.gather(loop.run_in_executor(None, time.sleep, 30), asyncio.sleep(30))

      asyncio.run(main())
      """, after: 1.0)
    #expect(result.stderr.split(separator: "\n").last == "KeyboardInterrupt")
    #expect(result.reason == .uncaughtSignal && result.status == SIGINT)
    #expect(result.elapsed < 10, "waited \(result.elapsed) s")
  }

  @Test("Ctrl-C in a busy loop")
  func interruptBusyLoop() throws {
    let result = try Self.interrupt("while True:\n    pass\n", after: 0.5)
    #expect(result.stderr.hasSuffix("KeyboardInterrupt\n"))
    #expect(result.reason == .uncaughtSignal && result.status == SIGINT)
  }
}
