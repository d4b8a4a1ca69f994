import CoroRuntime
import Foundation

/// The interactive prompt. On a terminal it reads through libedit (line
/// editing, history, Tab completion) and shows `>>> `/`... ` prompts; when
/// stdin is a pipe or a file (`coro -i`, as `python3 -i`) it reads lines
/// silently and runs them statement by statement, echoing values
/// (`printf 'x = 1\nx + 1\n' | coro -i` prints 2).
struct Prompt {
  let interpreter: Interpreter

  func run() -> Int32 {
    let session = REPLSession(interpreter: interpreter)
    Interrupts.install()
    let terminalInput = isatty(0) != 0
    if terminalInput && isatty(1) != 0 {
      let environment = ProcessInfo.processInfo.environment
      let editor = LineEditor(historyPath: LineEditor.historyPath(environment: environment)) {
        session.completions(for: $0)
      }
      if let editor { return runOnTerminal(session, editor) }
    }
    // Typing at a terminal with stdout redirected: plain line reads, and
    // the prompts on stderr, as CPython does without readline.
    return runSilently(session, promptsOnStderr: terminalInput)
  }

  private func runOnTerminal(_ session: REPLSession, _ editor: LineEditor) -> Int32 {
    interpreter.stdout.write(
      "Coro \(CoroVersion.number) (Python 3.11 subset, async/await at the prompt)\n"
        + "Type help() for help, Ctrl-D to exit.\n")
    while true {
      interpreter.stdout.flush()
      switch editor.read(prompt: session.prompt) {
      case .line(let line):
        editor.remember(line)
        session.feed(line)
        if let status = session.exitStatus {
          interpreter.stdout.flush()
          return status
        }
      case .interrupt:
        // As CPython: the line (and any unfinished block) is dropped.
        session.discardPendingInput()
        interpreter.stderr.write("\nKeyboardInterrupt\n")
      case .endOfFile:
        interpreter.stdout.write("\n")
        session.finish()
        interpreter.stdout.flush()
        return session.exitStatus ?? 0
      }
    }
  }

  private func runSilently(_ session: REPLSession, promptsOnStderr: Bool) -> Int32 {
    while true {
      if promptsOnStderr {
        interpreter.stdout.flush()
        interpreter.stderr.write(session.prompt)
      }
      guard let line = readLine(strippingNewline: true) else {
        session.finish()
        interpreter.stdout.flush()
        return session.exitStatus ?? 0
      }
      if Interpreter.takePendingInterrupt() {
        // Ctrl-C while waiting for this line: it and any unfinished block
        // are dropped, as CPython drops the line it was reading.
        session.discardPendingInput()
        interpreter.stderr.write("\nKeyboardInterrupt\n")
        continue
      }
      session.feed(line)
      if let status = session.exitStatus {
        interpreter.stdout.flush()
        return status
      }
    }
  }
}
