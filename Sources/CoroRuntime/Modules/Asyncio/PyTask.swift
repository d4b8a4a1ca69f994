// asyncio.Task: a Future that drives a coroutine.
//
// The scheduling is CPython's Task.__step and Task.__wakeup
// (Lib/asyncio/tasks.py, mirrored by _asynciomodule.c's task_step_impl),
// callback for callback, because that is what decides the order in which
// tasks print:
//
// - creating a task schedules its first step with call_soon;
// - a step sends None (or throws an exception) into the coroutine and runs
//   it until it yields;
// - a yielded Future (from `await future`, with its blocking flag set)
//   gets `wakeup` added as a done-callback; when the future completes, the
//   callback is scheduled, and `wakeup` runs the next step;
// - a bare `yield` (asyncio.sleep(0)) schedules the next step at once;
// - the coroutine returning sets the task's result; raising sets its
//   exception; CancelledError cancels it.
//
// The coroutine's frames stay suspended inside the coroutine object
// between steps: a step resumes them where they stopped.

final class PyTask: PyFuture, RegistryLinked {
  let coro: Value
  var name: String
  var mustCancel = false
  /// The future this task is waiting on.
  var futureWaiter: PyFuture?
  var cancelRequests = 0
  /// False when nobody could await the task (gather's and
  /// run_until_complete's own), so its pending death is not reported.
  var logDestroyPending = true
  /// Links of the interpreter's registry of live tasks.
  unowned(unsafe) var registryPrevious: PyTask?
  unowned(unsafe) var registryNext: PyTask?
  var isRegistered = false
  /// The `contextvars.Context` the steps run in (CPython's `_context`): a
  /// copy of the creator's context, or the one given with `context=`. Nil
  /// while the program has not imported contextvars: no variable can be
  /// set, so there is nothing to keep apart.
  private var context: Value?
  /// The contextvars module's namespace, whose `_current` is the running
  /// context (see ContextvarsPrelude).
  private var contextModule: PyDict?

  init(coro: Value, loop: PyEventLoop, name: String?) {
    self.coro = coro
    self.name = name ?? "Task-\(loop.interpreter.nextTaskNumber())"
    super.init(loop: loop)
    loop.callSoon(.taskStep(self, nil))
    loop.registerTask(self)
  }

  override var type: PyType { AsyncioTypes.task }

  /// Takes the creator's context (a copy), or `given`, for the steps.
  func adoptContext(_ vm: VM, given: Value?) throws(PyException) {
    // Asked on every task creation: looked up by an interned name.
    guard let module = vm.interpreter.modules.dict.getString(PyTask.contextvarsName)?.as(PyModule.self) else {
      return
    }
    contextModule = module.dict
    if let given, !given.isNone {
      context = given
    } else if let copy = module.dict.getString(PyTask.copyContextName) {
      context = try vm.call(copy, [])
    }
  }

  private static let contextvarsName = PyStr.intern("contextvars")
  private static let copyContextName = PyStr.intern("copy_context")

  // MARK: - Cancellation

  /// `Task.cancel(msg)`: cancels the awaited future, or arranges for
  /// CancelledError to be thrown into the coroutine at its next step.
  @discardableResult
  override func cancel(message: Value = .none) -> Bool {
    logTraceback = false
    if isDone { return false }
    cancelRequests += 1
    if let waiter = futureWaiter, waiter.cancel(message: message) {
      return true
    }
    mustCancel = true
    cancelMessage = message
    return true
  }

  /// `Task.uncancel()`.
  func uncancel() -> Int {
    if cancelRequests > 0 { cancelRequests -= 1 }
    return cancelRequests
  }

  /// The cancellation of the Future part (Future.cancel).
  private func cancelAsFuture(message: Value = .none) {
    _ = super.cancel(message: message)
  }

  // MARK: - Steps

  /// One step of the coroutine (Task.__step).
  func step(_ vm: VM, _ thrown: PyException?) throws(PyException) {
    if isDone {
      throw AsyncioTypes.invalidState(
        "_step(): already done: \(reprText), \(thrown.map { (try? vm.repr(.object($0))) ?? "" } ?? "None")")
    }
    var exc = thrown
    if mustCancel {
      if exc == nil || !(exc?.isInstance(of: AsyncioTypes.cancelledError) ?? false) {
        exc = makeCancelledError()
      }
      mustCancel = false
    }
    futureWaiter = nil
    try loop.enterTask(self)
    defer { loop.leaveTask(self) }
    // The step runs in the task's context, as `Context.run` would run it.
    var outerContext: Value?
    if let context, let contextModule {
      outerContext = contextModule.getString(PyTask.currentContextName)
      contextModule.setString(PyTask.currentContextName, context)
    }
    defer {
      if let outerContext, let contextModule { contextModule.setString(PyTask.currentContextName, outerContext) }
    }

    let outcome: RunResult
    do throws(PyException) {
      outcome = try send(vm, exc)
    } catch {
      if error.isInstance(of: AsyncioTypes.cancelledError) {
        cancelledException = error
        cancelAsFuture()
      } else if error.isInstance(of: BuiltinTypes.keyboardInterrupt)
        || error.isInstance(of: BuiltinTypes.systemExit)
      {
        try? setException(error)
        throw error
      } else {
        try setException(error)
      }
      return
    }

    switch outcome {
    case .returned(let value):
      if mustCancel {
        mustCancel = false
        cancelAsFuture(message: cancelMessage)
      } else {
        try setResult(value)
      }
    case .yielded(let yielded):
      try handleYield(vm, yielded)
    }
  }

  private static let currentContextName = PyStr.intern("_current")

  /// Sends into (or throws into) the coroutine.
  private func send(_ vm: VM, _ exc: PyException?) throws(PyException) -> RunResult {
    if let gen = coro.as(PyGenerator.self) {
      if let exc { return try vm.throwInto(gen, exc) }
      return try vm.resume(gen, sending: .none)
    }
    if let native = coro.as(PyNativeAwaitable.self) {
      if let exc { return try native.throwIn(vm, exc) }
      return try native.send(vm, .none)
    }
    // A coroutine-like object with send/throw.
    do throws(PyException) {
      if let exc {
        return .yielded(try vm.call(try vm.getAttribute(coro, Names.throwName), [.object(exc)]))
      }
      return .yielded(try vm.call(try vm.getAttribute(coro, Names.send), [.none]))
    } catch {
      if error.isInstance(of: BuiltinTypes.stopIteration) {
        return .returned(error.args.first ?? .none)
      }
      throw error
    }
  }

  /// What the coroutine yielded decides when the next step runs.
  private func handleYield(_ vm: VM, _ yielded: Value) throws(PyException) {
    if let future = yielded.as(PyFuture.self) {
      if future.loop !== loop {
        let error = PyException.runtimeError(
          "Task \(reprText) got Future \(future.reprText) attached to a different loop")
        loop.callSoon(.taskStep(self, error))
      } else if future.blocking {
        if future === self {
          loop.callSoon(.taskStep(self, PyException.runtimeError("Task cannot await on itself: \(reprText)")))
        } else {
          future.blocking = false
          future.addDoneCallback(.wakeup(self))
          futureWaiter = future
          if mustCancel {
            if future.cancel(message: cancelMessage) { mustCancel = false }
          }
        }
      } else {
        let error = PyException.runtimeError(
          "yield was used instead of yield from in task \(reprText) with \(future.reprText)")
        loop.callSoon(.taskStep(self, error))
      }
    } else if yielded.isNone {
      // A bare yield (asyncio.sleep(0)) gives up one loop iteration.
      loop.callSoon(.taskStep(self, nil))
    } else if let g = yielded.as(PyGenerator.self), g.kind == .generator {
      let error = PyException.runtimeError(
        "yield was used instead of yield from for generator in task \(reprText) with \(try vm.repr(yielded))")
      loop.callSoon(.taskStep(self, error))
    } else {
      let error = PyException.runtimeError("Task got bad yield: \(try vm.repr(yielded))")
      loop.callSoon(.taskStep(self, error))
    }
  }

  /// Task.__wakeup: the awaited future is done.
  func wakeup(_ vm: VM, _ future: PyFuture) throws(PyException) {
    do throws(PyException) {
      _ = try future.resultValue()
    } catch {
      try step(vm, error)
      return
    }
    try step(vm, nil)
  }

  // MARK: - repr

  /// CPython's `_task_repr_info`.
  override func reprInfo(_ vm: VM) throws(PyException) -> [String] {
    var info = try super.reprInfo(vm)
    if cancelRequests > 0 && !isDone { info[0] = "cancelling" }
    info.insert("name=\(StringRepr.repr(name))", at: 1)
    info.insert("coro=<\(CoroutineFormat.describe(coro, vm))>", at: 2)
    if let waiter = futureWaiter {
      info.insert("wait_for=\(try waiter.pythonRepr(vm))", at: 3)
    }
    return info
  }

  deinit {
    loop.interpreter.liveTasks.remove(self)
    if state == .pending && logDestroyPending {
      loop.reportDestroyedPending(description: reprForFinalizer())
    }
  }
}

/// How CPython shows a coroutine inside reprs (`coroutines._format_coroutine`):
/// `work() running at x.py:4` or `work() done, defined at x.py:3`.
enum CoroutineFormat {
  static func describe(_ coro: Value, _ vm: VM) -> String {
    guard let g = coro.as(PyGenerator.self) else {
      let name = (try? vm.getAttribute(coro, Names.qualname)).flatMap { $0.asStr?.value }
        ?? coro.typeName
      return "\(name)()"
    }
    let name = "\(g.qualifiedName)()"
    let file = g.filename
    switch g.state {
    case .finished:
      return "\(name) done, defined at \(file):\(g.definitionLine)"
    case .created:
      return "\(name) running at \(file):\(g.definitionLine)"
    case .running, .suspended:
      return "\(name) running at \(file):\(g.frame.currentLine)"
    }
  }
}
