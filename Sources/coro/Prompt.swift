import CoroRuntime
import Foundation

/// The interactive prompt. On a terminal it shows `>>> `/`... ` prompts;
/// when stdin is a pipe or file it reads lines silently and runs them
/// statement by statement, so transcripts can be tested.
struct Prompt {
  let interpreter: Interpreter

  func run() -> Int32 {
    let session = REPLSession(interpreter: interpreter)
    let terminal = isatty(0) != 0
    if terminal {
      interpreter.stdout.write("Coro \(CoroVersion.number) (Python 3.11 subset)\nType \"help\" for help, Ctrl-D to exit.\n")
    }
    while true {
      if terminal {
        interpreter.stdout.write(session.prompt)
        interpreter.stdout.flush()
      }
      guard let line = readLine(strippingNewline: true) else {
        session.finish()
        if terminal { interpreter.stdout.write("\n") }
        interpreter.stdout.flush()
        return session.exitStatus ?? 0
      }
      session.feed(line)
      if let status = session.exitStatus {
        interpreter.stdout.flush()
        return status
      }
    }
  }
}
