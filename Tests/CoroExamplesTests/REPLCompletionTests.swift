import CoroRuntime
import Testing

/// Tab completion (`REPLSession.completions(for:)`) and the prompt's
/// helpers (`help`, `exit`), in-process.
struct REPLCompletionTests {
  /// A session that has run `lines`, with what they printed.
  private func session(_ lines: [String]) -> (REPLSession, OutputStream) {
    let out = OutputStream()
    let interpreter = Interpreter(
      options: InterpreterOptions(arguments: [""], virtualTime: true), stdout: out,
      stderr: OutputStream())
    let session = REPLSession(interpreter: interpreter)
    for line in lines { session.feed(line) }
    return (session, out)
  }

  @Test("attributes of a module after a dot")
  func moduleAttributes() {
    let (s, _) = session(["import asyncio"])
    let expected = REPLCompletions(word: "asyncio.ga", matches: ["asyncio.gather("])
    #expect(s.completions(for: "asyncio.ga") == expected)
    #expect(s.completions(for: "r = await asyncio.sl").matches == ["asyncio.sleep("])
    #expect(s.completions(for: "print(asyncio.Ta").matches.contains("asyncio.Task("))
  }

  @Test("keywords, globals and builtins")
  func globalNames() {
    let (s, _) = session(["counter = 1", "def compute(): pass", ""])
    #expect(s.completions(for: "cou").matches == ["counter"])
    #expect(s.completions(for: "x = compu").matches == ["compute("])
    #expect(s.completions(for: "x = comp").matches == ["compile(", "complex(", "compute("])
    #expect(s.completions(for: "pri").matches == ["print("])
    #expect(s.completions(for: "awa").matches == ["await "])
    #expect(s.completions(for: "tr").matches == ["try:"])
    #expect(s.completions(for: "Tr").matches == ["True"])
    #expect(s.completions(for: "1").matches.isEmpty)
  }

  @Test("a task's methods; private names only after '_'")
  func taskMethods() {
    let (s, _) = session([
      "import asyncio", "async def work():", "    return 1", "",
      "task = asyncio.get_event_loop().create_task(work())",
    ])
    let methods = s.completions(for: "task.").matches
    #expect(methods.contains("task.cancel("))
    #expect(methods.contains("task.result("))
    #expect(methods.contains("task.add_done_callback("))
    #expect(!methods.contains { $0.hasPrefix("task._") })
    #expect(s.completions(for: "task.__cl").matches == ["task.__class__("])
    let cancels = ["task.cancel(", "task.cancelled(", "task.cancelling("]
    #expect(s.completions(for: "task.canc").matches == cancels)
  }

  @Test("nothing is called to find the object before the dot")
  func noCodeRuns() {
    let (s, out) = session([
      "class Sneaky:", "    @property", "    def prop(self):", "        print('property ran')",
      "        return 'text'", "    def method(self):", "        return 1", "",
      "obj = Sneaky()", "obj.value = [1]",
    ])
    #expect(s.completions(for: "obj.prop.up").matches.isEmpty)
    #expect(s.completions(for: "obj.pr").matches == ["obj.prop"])
    #expect(s.completions(for: "obj.me").matches == ["obj.method("])
    #expect(s.completions(for: "obj.value.app").matches == ["obj.value.append("])
    #expect(s.completions(for: "obj.method().x").matches.isEmpty)
    #expect(s.completions(for: "missing.x").matches.isEmpty)
    #expect(!out.text.contains("property ran"))
  }

  @Test("help texts and the exit hint")
  func helpAndExit() {
    let (_, out) = session([
      "import asyncio", "help(asyncio.gather)", "help(print)", "help(asyncio)", "help()",
      "exit", "quit", "help", "help('await')",
    ])
    let text = out.text
    #expect(text.contains("asyncio.gather(*aws, return_exceptions=False)\n"))
    #expect(text.contains("print(*values, sep=' ', end='\\n', file=None, flush=False)\n"))
    #expect(text.contains("gather, get_event_loop"))
    #expect(text.contains("Tab completes names"))
    #expect(text.contains("Use exit() or Ctrl-D (i.e. EOF) to exit\n"))
    #expect(text.contains("Use quit() or Ctrl-D (i.e. EOF) to exit\n"))
    let helpHint = "Type help() for interactive help, or help(object) for help about object.\n"
    #expect(text.contains(helpHint))
    #expect(text.contains("await EXPRESSION\n"))
  }

  @Test("help on the learner's own function and on a task")
  func helpOnUserObjects() {
    let (_, out) = session([
      "import asyncio", "async def fetch(n, delay=0.5):", "    \"\"\"Fetch item n.\"\"\"",
      "    return n", "",
      "help(fetch)", "help(fetch(1))",
    ])
    #expect(out.text.contains("async def fetch(n, delay=0.5)\n    Fetch item n.\n"))
    #expect(out.text.contains("coroutine objects\n"))
  }
}
