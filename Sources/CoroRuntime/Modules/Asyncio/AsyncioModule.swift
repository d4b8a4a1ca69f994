import CoroCompiler
import Foundation

/// The `asyncio` module: Future, Task, the event loop and gather are
/// Swift (AsyncioTypes, PyEventLoop, VM+Asyncio); the coroutine helpers
/// built on them (sleep, run, wait_for, queues, locks...) are Python, in
/// `AsyncioPrelude`, compiled once per process and run in the module's
/// namespace, as CPython splits _asyncio (C) from asyncio (Python).
enum AsyncioModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    AsyncioTypes.install()
    let m = ModuleRegistry.module("asyncio", functions)
    let d = m.dict
    for (name, type) in [
      ("Future", AsyncioTypes.future), ("Task", AsyncioTypes.task),
      ("Handle", AsyncioTypes.handle), ("TimerHandle", AsyncioTypes.timerHandle),
      ("AbstractEventLoop", AsyncioTypes.eventLoop), ("BaseEventLoop", AsyncioTypes.eventLoop),
      ("SelectorEventLoop", AsyncioTypes.eventLoop),
      ("CancelledError", AsyncioTypes.cancelledError), ("InvalidStateError", AsyncioTypes.invalidStateError),
      ("TimeoutError", BuiltinTypes.timeoutError),
      ("SendfileNotAvailableError", AsyncioTypes.sendfileNotAvailableError),
      ("IncompleteReadError", AsyncioTypes.incompleteReadError),
      ("LimitOverrunError", AsyncioTypes.limitOverrunError),
      ("BrokenBarrierError", AsyncioTypes.brokenBarrierError),
    ] {
      d.setString(name, .object(type))
    }
    d.setString("__file__", .str(preludeFilename))
    // `asyncio.exceptions`, `asyncio.tasks`... for `from asyncio.exceptions
    // import CancelledError` and qualified names.
    vm.interpreter.modules["asyncio"] = m
    let exceptions = PyModule(name: "asyncio.exceptions")
    for name in ["CancelledError", "InvalidStateError", "TimeoutError", "SendfileNotAvailableError",
      "IncompleteReadError", "LimitOverrunError", "BrokenBarrierError"]
    {
      if let v = d.getString(name) { exceptions.dict.setString(name, v) }
    }
    d.setString("exceptions", .object(exceptions))
    vm.interpreter.modules["asyncio.exceptions"] = exceptions
    try runPrelude(vm, into: m)
    return m
  }

  static let preludeFilename = "<frozen asyncio>"

  /// The prelude's parts, compiled once per process (code objects are
  /// immutable), run in this order: the basics (sleep, run...), the
  /// locks, the queues, then wait_for, timeouts and TaskGroup.
  private static let preludeCode: [CodeObject]? = {
    var parts: [CodeObject] = []
    let sources = [
      AsyncioPrelude.source, AsyncioPrelude.syncSource, AsyncioPrelude.queuesSource,
      AsyncioPrelude.highLevelSource,
    ]
    for source in sources {
      guard let code = try? compileSource(source, filename: preludeFilename) else { return nil }
      parts.append(code)
    }
    return parts
  }()

  private static func runPrelude(_ vm: VM, into module: PyModule) throws(PyException) {
    guard let parts = preludeCode else {
      throw PyException.systemError("asyncio prelude failed to compile")
    }
    module.dict.setString("__builtins__", .object(vm.interpreter.builtinsModule))
    for code in parts {
      let frame = Frame(code: PyCode(code), globals: module.dict, function: nil)
      _ = try vm.run(frame)
    }
    registerSubmodules(vm, of: module)
  }

  /// `asyncio.queues`, `asyncio.locks`... with the names CPython defines
  /// there, for `from asyncio.queues import QueueEmpty`.
  private static func registerSubmodules(_ vm: VM, of module: PyModule) {
    let submodules: [(String, [String])] = [
      ("queues", ["Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty"]),
      ("locks", ["Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"]),
      ("timeouts", ["Timeout", "timeout", "timeout_at"]),
      ("taskgroups", ["TaskGroup"]),
      ("runners", ["Runner", "run"]),
      ("tasks", [
        "Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait",
        "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future",
        "run_coroutine_threadsafe", "current_task", "all_tasks",
      ]),
    ]
    for (name, names) in submodules {
      let sub = PyModule(name: "asyncio.\(name)")
      for n in names {
        if let v = module.dict.getString(n) { sub.dict.setString(n, v) }
      }
      module.dict.setString(name, .object(sub))
      vm.interpreter.modules["asyncio.\(name)"] = sub
    }
  }

  /// The asyncio module's namespace (loading it if needed).
  static func prelude(_ vm: VM) throws(PyException) -> PyDict {
    try vm.loadModule("asyncio").dict
  }

  private static var functions: [(String, PyBuiltinFunction.Function)] {
    [
      ("get_event_loop", { (vm: VM, args: Args) throws(PyException) -> Value in
        try args.none("get_event_loop")
        return .object(try vm.currentEventLoop())
      }),
      ("new_event_loop", { (vm: VM, args: Args) throws(PyException) -> Value in
        try args.none("new_event_loop")
        return .object(PyEventLoop(interpreter: vm.interpreter))
      }),
      ("set_event_loop", { (vm: VM, args: Args) throws(PyException) -> Value in
        let v = try args.one("set_event_loop")
        if !v.isNone && v.as(PyEventLoop.self) == nil {
          throw PyException.typeError("loop must be an instance of AbstractEventLoop or None, not '\(v.typeName)'")
        }
        vm.eventLoops.wasSet = true
        vm.eventLoops.current = v.as(PyEventLoop.self)
        return .none
      }),
      ("get_running_loop", { (vm: VM, args: Args) throws(PyException) -> Value in
        try args.none("get_running_loop")
        return .object(try vm.runningEventLoop())
      }),
      ("_get_running_loop", { (vm: VM, args: Args) throws(PyException) -> Value in
        vm.eventLoops.running.map { .object($0) } ?? .none
      }),
      ("create_task", { (vm: VM, args: Args) throws(PyException) -> Value in
        let bound = try args.bind("create_task", ["coro"], required: 1, keywordOnly: ["name", "context"])
        let coro = bound[0] ?? .none
        let loop: PyEventLoop
        do throws(PyException) {
          loop = try vm.runningEventLoop()
        } catch {
          if let g = coro.as(PyGenerator.self) { try? vm.close(g) }
          throw error
        }
        // asyncio.create_task names the task after making it, so a given
        // name still uses up a Task-N number (tasks.py's create_task).
        let task = try vm.makeTask(coro, loop: loop, name: nil, context: bound[2])
        if let name = bound[1], !name.isNone { task.name = try vm.str(name) }
        return .object(task)
      }),
      ("ensure_future", { (vm: VM, args: Args) throws(PyException) -> Value in
        let bound = try args.bind("ensure_future", ["coro_or_future"], required: 1, keywordOnly: ["loop"])
        return .object(try vm.ensureFuture(bound[0] ?? .none, loop: bound[1]?.as(PyEventLoop.self)))
      }),
      ("gather", { (vm: VM, args: Args) throws(PyException) -> Value in
        var returnExceptions = false
        for (k, v) in args.keywords {
          guard k == "return_exceptions" else {
            throw PyException.typeError("gather() got an unexpected keyword argument '\(k)'")
          }
          returnExceptions = try vm.isTrue(v)
        }
        return .object(try vm.gather(args.positional, returnExceptions: returnExceptions))
      }),
      ("current_task", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("current_task", 0, 1)
        let loop: PyEventLoop
        if let given = a.first, !given.isNone {
          loop = try AsyncioTypes.loopOf(given)
        } else {
          loop = try vm.runningEventLoop()
        }
        return loop.currentTask.map { .object($0) } ?? .none
      }),
      ("all_tasks", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("all_tasks", 0, 1)
        let loop: PyEventLoop
        if let given = a.first, !given.isNone {
          loop = try AsyncioTypes.loopOf(given)
        } else {
          loop = try vm.runningEventLoop()
        }
        let set = PySet()
        for t in loop.pendingTasks { try set.add(.object(t), vm: vm) }
        return .object(set)
      }),
      ("_pending_tasks", { (vm: VM, args: Args) throws(PyException) -> Value in
        let loop = try AsyncioTypes.loopOf(try args.one("_pending_tasks"))
        return .list(loop.pendingTasks.map { .object($0) })
      }),
      ("iscoroutine", { (vm: VM, args: Args) throws(PyException) -> Value in
        // 3.11 still counts generators (old generator-based coroutines).
        let v = try args.one("iscoroutine")
        if let g = v.as(PyGenerator.self), g.kind == .generator { return .bool(true) }
        return .bool(vm.isCoroutine(v))
      }),
      ("iscoroutinefunction", { (vm: VM, args: Args) throws(PyException) -> Value in
        var f = try args.one("iscoroutinefunction")
        if let m = f.as(PyBoundMethod.self) { f = m.function }
        if let fn = f.as(PyFunction.self) { return .bool(fn.code.flags.contains(.coroutine)) }
        return .bool(false)
      }),
      ("isfuture", { (vm: VM, args: Args) throws(PyException) -> Value in
        .bool(try args.one("isfuture").as(PyFuture.self) != nil)
      }),
      ("_sleep0", { (vm: VM, args: Args) throws(PyException) -> Value in
        .object(PySleepZero())
      }),
      ("_set_result_unless_cancelled", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("_set_result_unless_cancelled", 2, 2)
        let future = try AsyncioTypes.futureOf(a[0])
        if future.state == .cancelled { return .none }
        try future.setResult(a[1])
        return .none
      }),
      ("_release_waiter", { (vm: VM, args: Args) throws(PyException) -> Value in
        let future = try AsyncioTypes.futureOf(try args.one("_release_waiter"))
        if !future.isDone { try future.setResult(.none) }
        return .none
      }),
    ]
  }
}

/// `asyncio.sleep(0)`'s bare yield: yields None once, so the task gives up
/// exactly one loop iteration.
final class PySleepZero: PyNativeAwaitable {
  private var done = false

  override var type: PyType { BuiltinTypes.generator }

  override func send(_ vm: VM, _ value: Value) throws(PyException) -> RunResult {
    if done { return .returned(.none) }
    done = true
    return .yielded(.none)
  }
}
