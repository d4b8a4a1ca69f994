import ArgumentParser
import CoroRuntime
import Foundation

/// The `coro` command: run a file, a `-c` string, a disassembly, or the
/// interactive prompt.
@main
struct Coro: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coro",
    abstract: "Run Python programs (a 3.11 subset centred on async/await).",
    discussion: """
      With no FILE, coro starts the interactive prompt (or, when stdin is not a
      terminal, runs the statements it reads there one by one, as the prompt
      would). On a terminal the prompt has line editing, Tab completion and a
      history kept in ~/.coro_history (CORO_HISTORY names another file; set to
      the empty string, no history is kept). Set CORO_VIRTUAL_TIME=1 to run on
      the virtual clock.
      """,
    version: CoroVersion.description)

  @Option(name: .customShort("c"), help: ArgumentHelp("Run CODE as the program.", valueName: "CODE"))
  var command: String?

  @Flag(name: .customLong("dis"), help: "Print the bytecode of FILE instead of running it.")
  var disassemble = false

  @Flag(name: .customShort("i"), help: "Start the prompt after running FILE, keeping its globals.")
  var interactive = false

  @Flag(
    name: .customLong("virtual-time"),
    help: "Run on a virtual clock: sleeps take no real time.")
  var virtualTime = false

  @Argument(
    parsing: .captureForPassthrough,
    help: ArgumentHelp("The program to run and its arguments (sys.argv).", valueName: "FILE"))
  var arguments: [String] = []

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let virtual = virtualTime || ["1", "true", "yes"].contains(environment["CORO_VIRTUAL_TIME"]?.lowercased() ?? "")

    if let command {
      let interpreter = Interpreter(options: InterpreterOptions(arguments: ["-c"] + arguments, virtualTime: virtual))
      Foundation.exit(interpreter.runSource(command, filename: "<string>"))
    }
    guard let path = arguments.first else {
      let interpreter = Interpreter(options: InterpreterOptions(arguments: [""], virtualTime: virtual))
      Foundation.exit(Prompt(interpreter: interpreter).run())
    }
    if disassemble {
      Foundation.exit(Disassembly.print(path: path))
    }
    let interpreter = Interpreter(options: InterpreterOptions(arguments: arguments, virtualTime: virtual))
    let status = interpreter.runFile(path: path)
    if interactive {
      Foundation.exit(Prompt(interpreter: interpreter).run())
    }
    Foundation.exit(status)
  }
}

enum CoroVersion {
  static let number = "0.1.0"
  static let description = "coro \(number) (Python 3.11 subset)"
}
