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
      With no FILE, coro starts the interactive prompt; when stdin is not a
      terminal, the prompt reads its lines from there without echoing prompts
      (statement by statement, expression values printed). FILE `-` runs stdin
      as a program, as `python3 -` does. Arguments after FILE (or after -c CODE) go to the program's
      sys.argv. On a terminal the prompt has line editing, Tab completion and a
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
    help: ArgumentHelp("The program to run and its arguments (sys.argv).", valueName: "FILE"))
  var arguments: [String] = []

  /// Parses the command line as `python3` does: options up to the program
  /// (FILE, or `-c CODE`) belong to coro; everything after it is the
  /// program's `sys.argv`, options included (`coro prog.py --verbose`).
  static func main() {
    MallocTuning.apply()
    let all = Array(CommandLine.arguments.dropFirst())
    var own: [String] = []
    var i = 0
    scan: while i < all.count {
      let a = all[i]
      switch a {
      case "-c":
        own.append(a)
        if i + 1 < all.count { own.append(all[i + 1]) }
        i += 2
        break scan
      case "--":
        i += 1
        break scan
      case _ where a.hasPrefix("-c") && !a.hasPrefix("--"):
        own += ["-c", String(a.dropFirst(2))]
        i += 1
        break scan
      case _ where a.hasPrefix("-") && a != "-":
        own.append(a)
        i += 1
      default:
        break scan
      }
    }
    do {
      var command = try parseAsRoot(own)
      if var coro = command as? Coro {
        coro.arguments = Array(all[min(i, all.count)...])
        command = coro
      }
      try command.run()
    } catch {
      exit(withError: error)
    }
  }

  func run() throws {
    // Ctrl-C becomes KeyboardInterrupt in running code (a file, -c, or the
    // prompt), raised at the VM's next safe point, as CPython's handler.
    Interrupts.install()
    let environment = ProcessInfo.processInfo.environment
    let virtual = virtualTime || ["1", "true", "yes"].contains(environment["CORO_VIRTUAL_TIME"]?.lowercased() ?? "")

    if let command {
      let interpreter = Interpreter(options: InterpreterOptions(arguments: ["-c"] + arguments, virtualTime: virtual))
      Self.exit(interpreter.runSource(command, filename: "<string>"), interpreter)
    }
    guard let path = arguments.first else {
      // The prompt. When stdin is not a terminal it reads lines without
      // line editing and echoes no prompts, statement by statement as at
      // the prompt (`printf 'x = 1\nx + 1\n' | coro` prints 2): that is
      // how prompt sessions get golden tests. `coro - < prog.py` runs
      // stdin as a program instead, as `python3 -` does.
      let interpreter = Interpreter(options: InterpreterOptions(arguments: [""], virtualTime: virtual))
      Foundation.exit(Prompt(interpreter: interpreter).run())
    }
    if disassemble {
      Foundation.exit(Disassembly.print(path: path))
    }
    let interpreter = Interpreter(options: InterpreterOptions(arguments: arguments, virtualTime: virtual))
    let status: Int32
    if path == "-" {
      // `coro -`: the program is stdin, as with `python3 -`.
      let source = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
      status = interpreter.runSource(source, filename: "<stdin>")
    } else {
      status = interpreter.runFile(path: path)
    }
    if interactive {
      Foundation.exit(Prompt(interpreter: interpreter).run())
    }
    Self.exit(status, interpreter)
  }

  /// Exits with `status`; after an uncaught KeyboardInterrupt, by SIGINT
  /// with the default action, as CPython does (the shell shows 130).
  private static func exit(_ status: Int32, _ interpreter: Interpreter) -> Never {
    if interpreter.endedByKeyboardInterrupt {
      signal(SIGINT, SIG_DFL)
      kill(getpid(), SIGINT)
    }
    Foundation.exit(status)
  }
}

enum CoroVersion {
  static let number = "0.1.0"
  static let description = "coro \(number) (Python 3.11 subset)"
}
