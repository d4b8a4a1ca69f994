import CoroCompiler
import CoroSyntax
import Foundation

/// How an interpreter is set up.
public struct InterpreterOptions: Sendable {
  /// `sys.argv`.
  public var arguments: [String]
  /// Run the event loop and `time` on a virtual clock.
  public var virtualTime: Bool

  public init(arguments: [String] = [""], virtualTime: Bool = false) {
    self.arguments = arguments
    self.virtualTime = virtualTime
  }
}

/// A Python interpreter: the modules, the builtins, the output streams and
/// the main thread's VM. This is CoroRuntime's public face: run a file or
/// a source string, run REPL input.
public final class Interpreter: @unchecked Sendable {
  public let stdout: OutputStream
  public let stderr: OutputStream
  let options: InterpreterOptions
  let builtinsModule: PyModule
  var builtinsDict: PyDict { builtinsModule.dict }
  /// `sys.modules`.
  let modules = ModuleTable()
  /// The main thread's VM.
  private(set) var mainVM: VM!
  /// Some class defines `__del__` (see clearMainModuleAtExit).
  var classesWithFinalizers = false
  /// Source lines of files compiled so far, for tracebacks (linecache).
  var sourceLines: [String: [String]] = [:]
  /// `__build_class__`.
  private(set) var buildClassFunction: Value = .none
  /// Warnings already shown, by (filename, line, message): the default
  /// filter shows each once per location.
  var shownWarnings: Set<String> = []
  /// Real or virtual time (see Clock.swift).
  let clock: Clock
  /// The prompt's own event loop: top-level `await` runs on it, and
  /// between statements it stands in as the running loop for
  /// `create_task` and `get_running_loop`, so tasks made at the prompt
  /// run whenever the loop runs again. (`asyncio.run` still sees no
  /// running loop, so pasted programs work as in `python3`.)
  var promptLoop: PyEventLoop?
  private var taskCounter = 0
  /// Worker threads and the event loop's waiting (see Executor.swift).
  private(set) lazy var threads = ThreadCoordinator(interpreter: self)

  /// `Task-N` names count from 1 per interpreter.
  func nextTaskNumber() -> Int {
    taskCounter += 1
    return taskCounter
  }

  public init(options: InterpreterOptions = InterpreterOptions(), stdout: OutputStream? = nil, stderr: OutputStream? = nil) {
    self.options = options
    clock = Clock(virtual: options.virtualTime)
    let out = stdout ?? OutputStream(fd: 1)
    let err = stderr ?? OutputStream(fd: 2, unbuffered: true)
    err.flushFirst = out
    self.stdout = out
    self.stderr = err
    BuiltinTypes.installAll()
    builtinsModule = PyModule(name: "builtins")
    mainVM = VM(interpreter: self)
    buildClassFunction = .object(PyBuiltinFunction(name: "__build_class__") {
      (vm: VM, args: Args) throws(PyException) -> Value in
      try vm.buildClass(args)
    })
    Builtins.install(into: builtinsModule.dict, interpreter: self)
    LibraryBuiltins.install(into: builtinsModule.dict)
    modules["builtins"] = builtinsModule
  }

  /// The interpreter running on this thread (for object finalizers, which
  /// run wherever the last reference goes). Thread-local, so that several
  /// interpreters (the in-process test runner) never mix up their output.
  static var current: Interpreter? {
    get { CurrentInterpreter.get() }
    set { CurrentInterpreter.set(newValue) }
  }

  // MARK: - Running programs

  /// Runs a program file as `__main__`; returns the process exit status.
  public func runFile(path: String, displayName: String? = nil) -> Int32 {
    // CPython 3.9+ names the main script by its absolute path.
    let name = displayName ?? Interpreter.absolutePath(path)
    guard let data = FileManager.default.contents(atPath: path) else {
      stderr.write("coro: can't open file '\(path)': [Errno 2] No such file or directory\n")
      return 2
    }
    let source = String(decoding: data, as: UTF8.self)
    return runSource(source, filename: name)
  }

  /// Runs source text as `__main__`; returns the process exit status.
  public func runSource(_ source: String, filename: String) -> Int32 {
    var status: Int32 = 0
    LargeStack.run {
      status = self.runSourceOnThisThread(source, filename: filename)
    }
    stdout.flush()
    return status
  }

  private func runSourceOnThisThread(_ source: String, filename: String) -> Int32 {
    Interpreter.current = self
    defer { Interpreter.current = nil }
    registerSource(source, filename: filename)
    let code: CodeObject
    do throws(SyntaxError) {
      code = try compileSource(source, filename: filename)
    } catch {
      stdout.flush()
      stderr.write(SyntaxErrorReport.format(error, filename: filename, lines: sourceLines[filename] ?? []))
      return 1
    }
    let main = mainModule(filename: filename)
    let status = execute(code, in: main)
    finishProgram()
    finalizeGlobalsAtExit()
    return status
  }

  /// Runs compiled module code in `module`, reporting an uncaught
  /// exception; returns the exit status.
  func execute(_ code: CodeObject, in module: PyModule) -> Int32 {
    let vm = mainVM!
    let pycode = PyCode(code)
    let frame = Frame(code: pycode, globals: module.dict, function: nil)
    do throws(PyException) {
      _ = try vm.run(frame)
      return 0
    } catch {
      return handleUncaught(error, vm: vm)
    }
  }

  /// Runs one REPL input; an exception is printed and the session goes
  /// on. Returns an exit status only when the program asked to exit.
  func executeInteractive(_ code: CodeObject, in module: PyModule) -> Int32? {
    Interpreter.current = self
    defer { Interpreter.current = nil }
    let vm = mainVM!
    do throws(PyException) {
      let pycode = PyCode(code)
      if code.flags.contains(.topLevelAwait) {
        try runTopLevelAwait(pycode, in: module, vm: vm)
      } else {
        _ = try vm.run(Frame(code: pycode, globals: module.dict, function: nil))
      }
      return nil
    } catch {
      if error.isInstance(of: BuiltinTypes.systemExit) {
        return systemExitStatus(error, vm: vm)
      }
      stdout.flush()
      stderr.write(TracebackPrinter(vm: vm).format(error))
      return nil
    }
  }

  /// A REPL statement with a top-level `await`: its code runs as a
  /// coroutine, as the main task of the prompt's event loop, until it
  /// completes. The loop is the current loop (made, or replaced when the
  /// program closed it), so tasks created at the prompt keep running on it
  /// whenever it runs again.
  private func runTopLevelAwait(_ code: PyCode, in module: PyModule, vm: VM) throws(PyException) {
    let function = PyFunction(code: code, globals: module.dict, defaults: [], keywordDefaults: nil, closure: [])
    let frame = Frame.make(for: function)
    let coroutine = PyGenerator(frame: frame, function: function)
    let loop = usablePromptLoop()
    let task = PyTask(coro: .object(coroutine), loop: loop, name: nil)
    task.logDestroyPending = false
    do throws(PyException) {
      _ = try vm.runUntilComplete(loop, .object(task))
    } catch {
      if error.isInstance(of: BuiltinTypes.keyboardInterrupt), !task.isDone {
        // Ctrl-C cancels the statement; the session goes on.
        task.cancel()
        _ = try? vm.runUntilComplete(loop, .object(task))
      }
      throw error
    }
  }

  /// The prompt's loop, replaced by a new current loop once closed.
  func usablePromptLoop() -> PyEventLoop {
    if let loop = promptLoop, !loop.isClosed { return loop }
    let loop = PyEventLoop(interpreter: self)
    promptLoop = loop
    mainVM?.eventLoops.current = loop
    mainVM?.eventLoops.wasSet = true
    return loop
  }

  /// Prints an uncaught exception (or obeys SystemExit); the exit status.
  func handleUncaught(_ exc: PyException, vm: VM) -> Int32 {
    if exc.isInstance(of: BuiltinTypes.systemExit) {
      return systemExitStatus(exc, vm: vm)
    }
    stdout.flush()
    stderr.write(TracebackPrinter(vm: vm).format(exc))
    if exc.isInstance(of: BuiltinTypes.keyboardInterrupt) {
      // CPython then dies of SIGINT itself (the shell shows status 130).
      endedByKeyboardInterrupt = true
      return 130
    }
    return 1
  }

  /// Set when the program ended with an uncaught KeyboardInterrupt: the
  /// `coro` command then ends by SIGINT, as CPython does.
  public private(set) var endedByKeyboardInterrupt = false

  func systemExitStatus(_ exc: PyException, vm: VM) -> Int32 {
    guard let code = exc.args.first else { return 0 }
    switch code {
    case .none: return 0
    case .int(let i): return Int32(truncatingIfNeeded: i)
    case .bool(let b): return b ? 1 : 0
    default:
      stdout.flush()
      stderr.write(((try? vm.str(code)) ?? "") + "\n")
      return 1
    }
  }

  /// The live tasks, for `all_tasks` and the report at exit.
  let liveTasks = LiveObjectRegistry<PyTask>()
  /// Coroutines not started yet, for the warnings at exit.
  let unstartedCoroutines = LiveObjectRegistry<PyGenerator>()

  /// What happens when the main program ends: pending tasks are reported,
  /// then output is flushed.
  func finishProgram() {
    stdout.flush()
    OpenFiles.flushAll()
    reportPendingTasksAtExit()
    warnUnawaitedCoroutinesAtExit()
    stdout.flush()
  }

  /// CPython's final collection also finalizes every coroutine still
  /// alive that never started (kept by a traceback, a cycle or a global),
  /// each warning "never awaited" at `sys:1`, where no Python code runs.
  private func warnUnawaitedCoroutinesAtExit() {
    for coroutine in unstartedCoroutines.all where coroutine.state == .created && !coroutine.warnedOrConsumed {
      coroutine.warnedOrConsumed = true
      warn(category: "RuntimeWarning", message: "coroutine '\(coroutine.qualifiedName)' was never awaited")
    }
  }

  /// CPython's last garbage collection at exit destroys every task still
  /// pending (a waiting task sits in a reference cycle with the future it
  /// waits for, which only the collector frees) and each one logs "Task
  /// was destroyed but it is pending!". Reference counting never frees
  /// those cycles, so the tasks still alive are reported here instead.
  private func reportPendingTasksAtExit() {
    let pending = liveTasks.all.filter { $0.state == .pending && $0.logDestroyPending }
    for task in pending {
      task.logDestroyPending = false
      task.loop.reportDestroyedPending(description: task.reprForFinalizer())
      // The final collection also finalizes the task's coroutine: it is
      // closed and its `finally` blocks run. (Which of the two CPython
      // finalizes first depends on its collector's history: a task whose
      // coroutine was closed first shows `done, defined at`; Coro reports
      // the task first, as after any earlier collection.)
      if let coroutine = task.coro.as(PyGenerator.self), coroutine.state == .suspended, let vm = mainVM {
        do throws(PyException) {
          try vm.close(coroutine)
        } catch {
          writeUnraisable(error, context: "Exception ignored in: \((try? vm.repr(task.coro)) ?? "<coroutine>")")
        }
      }
    }
  }

  func mainModule(filename: String?) -> PyModule {
    if let m = modules["__main__"] { return m }
    let m = PyModule(name: "__main__")
    m.dict.setString("__doc__", .none)
    m.dict.setString("__package__", .none)
    m.dict.setString("__loader__", .none)
    m.dict.setString("__spec__", .none)
    m.dict.setString("__builtins__", .object(builtinsModule))
    if let filename { m.dict.setString("__file__", .str(filename)) }
    modules["__main__"] = m
    return m
  }

  static func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    let cwd = FileManager.default.currentDirectoryPath
    var parts = cwd.split(separator: "/").map(String.init)
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(String(part))
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// The lines tracebacks and warnings may show for `filename`: those of
  /// real files only. Like CPython's linecache, names such as `<string>`,
  /// `<stdin>` or `<frozen asyncio>` show no source (a SyntaxError's
  /// report still quotes its line: it comes from the parser).
  func displayableLines(_ filename: String) -> [String]? {
    if filename.hasPrefix("<") && filename.hasSuffix(">") { return nil }
    return sourceLines[filename]
  }

  func registerSource(_ source: String, filename: String) {
    var lines: [String] = []
    source.enumerateLines { line, _ in lines.append(line) }
    sourceLines[filename] = lines
  }
}

/// Runs work on a thread with a large stack, so that deep (but bounded)
/// native recursion — repr of nested data, `sorted` keys calling Python
/// calling `sorted` — can never overflow the Swift stack before the
/// recursion limit raises RecursionError.
enum LargeStack {
  static let size = 512 << 20

  static func run(_ body: @escaping () -> Void) {
    final class Box: @unchecked Sendable {
      let body: () -> Void
      init(_ body: @escaping () -> Void) { self.body = body }
    }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, size)
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    let created = pthread_create(&thread, &attributes, { raw in
      guard let raw else { return nil }
      let box = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
      box.body()
      return nil
    }, box)
    if created != 0 {
      Unmanaged<Box>.fromOpaque(box).takeRetainedValue().body()
      return
    }
    pthread_join(thread, nil)
  }
}

/// Thread-local storage for `Interpreter.current`.
private enum CurrentInterpreter {
  private final class Box {
    weak var interpreter: Interpreter?
    init(_ i: Interpreter?) { interpreter = i }
  }

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { raw in
      guard let raw else { return }
      Unmanaged<AnyObject>.fromOpaque(raw).release()
    }
    return key
  }()

  static func get() -> Interpreter? {
    guard let raw = pthread_getspecific(key) else { return nil }
    return (Unmanaged<AnyObject>.fromOpaque(raw).takeUnretainedValue() as? Box)?.interpreter
  }

  static func set(_ interpreter: Interpreter?) {
    if let old = pthread_getspecific(key) {
      Unmanaged<AnyObject>.fromOpaque(old).release()
    }
    let box: AnyObject = Box(interpreter)
    pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque())
  }
}
