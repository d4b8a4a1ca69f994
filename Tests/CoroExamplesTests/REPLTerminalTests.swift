import Foundation
import Testing

/// The prompt on a real (pseudo-)terminal, through the built `coro`
/// binary: libedit line editing, Tab completion, Ctrl-C and Ctrl-D,
/// history in the file `CORO_HISTORY` names.
///
/// The binary is the one next to this test bundle (`swift test` builds
/// it), or `$CORO_BIN`. Input typed before the prompt has switched the
/// terminal to raw mode is echoed twice (once by the terminal, once by
/// libedit), as with any readline program, so the checks look for
/// results that the typed text itself does not contain.
@Suite(.serialized, .enabled(if: CoroBinary.path != nil, "the coro binary was not found"))
struct REPLTerminalTests {
  private static var binary: String? { CoroBinary.path }

  /// A scratch directory (HOME, the history file).
  private static func scratch() throws -> String {
    let dir = NSTemporaryDirectory() + "coro-repl-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  private static func start(history: String, home: String) throws -> PseudoTerminal {
    guard let binary else { throw PseudoTerminal.Failure(description: "no coro binary") }
    let environment = [
      "TERM": "xterm", "HOME": home, "CORO_HISTORY": history, "LANG": "C.UTF-8",
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    ]
    return try PseudoTerminal(executable: binary, environment: environment)
  }

  @Test("a session: blocks, top-level await, Tab, Ctrl-C, Ctrl-D, history")
  func session() throws {
    let dir = try REPLTerminalTests.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let history = dir + "/history"
    let t = try REPLTerminalTests.start(history: history, home: dir)

    try t.expect("Coro ")
    try t.expect("Ctrl-D")
    try t.expect(">>> ")
    t.send("import asyncio, time\r")
    try t.expect(">>> ")
    t.send("state = 'kept' + '!'\r")
    try t.expect(">>> ")

    // A multi-line async def, ended by an empty line, then awaited.
    t.send("async def twice(x):\r")
    try t.expect("... ")
    t.send("    await asyncio.sleep(0.01)\r")
    try t.expect("... ")
    t.send("    return x * 2\r")
    try t.expect("... ")
    t.send("\r")
    try t.expect(">>> ")
    t.send("await twice(21)\r")
    try t.expect("42\r\n")
    try t.expect(">>> ")

    // Tab completes an attribute; the completed line runs.
    t.send("asyncio.ga")
    t.send("\t")
    try t.expect("ther(")
    t.send(")\r")
    try t.expect("<Future finished result=[]>")
    try t.expect(">>> ")

    // Ctrl-C at the prompt drops the line and any unfinished block.
    t.send("for i in range(3):\r")
    try t.expect("... ")
    t.send("    print(i)\u{03}")
    try t.expect("KeyboardInterrupt")
    try t.expect(">>> ")
    t.send("print('fresh' + ' prompt')\r")
    try t.expect("fresh prompt")
    try t.expect(">>> ")

    // Ctrl-C while code runs: busy Python code, a sleeping top-level
    // await, time.sleep. Each surfaces as KeyboardInterrupt and the
    // prompt comes back with the state intact.
    t.send("def spin():\r")
    try t.expect("... ")
    t.send("    print('spin' + 'ning')\r")
    try t.expect("... ")
    t.send("    while True: pass\r")
    try t.expect("... ")
    t.send("\r")
    try t.expect(">>> ")
    t.send("spin()\r")
    try t.expect("spinning")
    t.send("\u{03}")
    try t.expect("in spin")
    try t.expect("KeyboardInterrupt")
    try t.expect(">>> ")

    let started = Date()
    t.send("print('wait' + 'ing'); await asyncio.sleep(60)\r")
    try t.expect("waiting")
    t.send("\u{03}")
    try t.expect("KeyboardInterrupt")
    try t.expect(">>> ")
    t.send("print('sleep' + 'ing'); time.sleep(60)\r")
    try t.expect("sleeping")
    t.send("\u{03}")
    try t.expect("KeyboardInterrupt")
    try t.expect(">>> ")
    #expect(Date().timeIntervalSince(started) < 30)

    t.send("state\r")
    try t.expect("'kept!'")
    try t.expect(">>> ")
    t.send("await twice(50)\r")
    try t.expect("100\r\n")
    try t.expect(">>> ")

    // Ctrl-D on an empty line exits with status 0.
    t.send("\u{04}")
    #expect(try t.waitForExit() == 0)

    let saved = try String(contentsOfFile: history, encoding: .utf8)
    #expect(saved.contains("import\\040asyncio,\\040time"))
    #expect(saved.contains("await\\040twice(21)"))
    #expect(!saved.contains("print(i)"))
  }

  @Test("history comes back in the next session (Up arrow)")
  func historyAcrossSessions() throws {
    let dir = try REPLTerminalTests.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let history = dir + "/history"

    let first = try REPLTerminalTests.start(history: history, home: dir)
    try first.expect(">>> ")
    first.send("remembered = 6 * 7\r")
    try first.expect(">>> ")
    first.send("exit()\r")
    #expect(try first.waitForExit() == 0)

    let second = try REPLTerminalTests.start(history: history, home: dir)
    try second.expect(">>> ")
    second.send("\u{1b}[A")
    try second.expect("exit()")
    second.send("\u{1b}[A")
    try second.expect("remembered = 6 * 7")
    second.send("\r")
    try second.expect(">>> ")
    second.send("remembered\r")
    try second.expect("42")
    try second.expect(">>> ")
    second.send("\u{04}")
    #expect(try second.waitForExit() == 0)
  }

  @Test("CORO_HISTORY set to the empty string keeps no file")
  func historyOff() throws {
    let dir = try REPLTerminalTests.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let t = try REPLTerminalTests.start(history: "", home: dir)
    try t.expect(">>> ")
    t.send("1 + 1\r")
    try t.expect("2\r\n")
    // Ctrl-D only once the prompt shows: typed while a statement runs, the
    // terminal's line discipline (not libedit) would take it.
    try t.expect(">>> ")
    t.send("\u{04}")
    #expect(try t.waitForExit() == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: dir)
    #expect(files.isEmpty, "files written: \(files)")
  }
}

/// The `coro` executable under test.
enum CoroBinary {
  static let path: String? = {
    if let path = ProcessInfo.processInfo.environment["CORO_BIN"] { return path }
    // The test bundle runs from the build products directory (.../debug/).
    let fm = FileManager.default
    guard let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
    var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("coro").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      dir.deleteLastPathComponent()
    }
    return nil
  }()
}
