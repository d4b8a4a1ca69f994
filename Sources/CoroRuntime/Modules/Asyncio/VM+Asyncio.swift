/// The asyncio operations the module functions and loop methods share:
/// finding the current loop, making tasks, `ensure_future`,
/// `run_until_complete` and `gather`.
extension VM {
  /// `get_event_loop()` as CPython 3.11.7: the running loop, else the
  /// loop set for this thread, else (main thread, never set) a new loop,
  /// made current.
  func currentEventLoop() throws(PyException) -> PyEventLoop {
    if let running = eventLoops.running { return running }
    if let loop = eventLoops.current { return loop }
    if !eventLoops.wasSet && isMainThread {
      let loop = PyEventLoop(interpreter: interpreter)
      eventLoops.current = loop
      return loop
    }
    throw PyException.runtimeError("There is no current event loop in thread '\(currentThreadName)'.")
  }

  /// `get_running_loop()`.
  func runningEventLoop() throws(PyException) -> PyEventLoop {
    if let loop = eventLoops.running { return loop }
    if isMainThread, let loop = interpreter.promptLoop, !loop.isClosed { return loop }
    throw PyException.runtimeError("no running event loop")
  }

  /// The loop a Future or Task made without `loop=` belongs to.
  func eventLoopForNewFuture() throws(PyException) -> PyEventLoop {
    try currentEventLoop()
  }

  func isCoroutine(_ v: Value) -> Bool {
    if let g = v.as(PyGenerator.self) { return g.kind == .coroutine }
    // An async generator's asend/athrow/aclose objects have send, throw,
    // close and __await__: collections.abc.Coroutine counts them.
    if v.as(PyAsyncGenStep.self) != nil || v.as(PyAsyncGenClose.self) != nil { return true }
    if case .object(let o) = v, o.type === BuiltinTypes.coroutine { return true }
    return false
  }

  /// `loop.create_task(coro, name=..., context=...)`.
  func makeTask(_ coro: Value, loop: PyEventLoop, name: Value?, context: Value? = nil) throws(PyException) -> PyTask {
    guard isCoroutine(coro) else {
      throw PyException.typeError("a coroutine was expected, got \(try repr(coro))")
    }
    var taskName: String?
    if let name, !name.isNone { taskName = try str(name) }
    let task = PyTask(coro: coro, loop: loop, name: taskName)
    try task.adoptContext(self, given: context)
    return task
  }

  /// `ensure_future(obj)`: a Future as is, a coroutine wrapped in a Task,
  /// another awaitable wrapped in a coroutine first.
  func ensureFuture(_ v: Value, loop: PyEventLoop?) throws(PyException) -> PyFuture {
    if let f = v.as(PyFuture.self) {
      if let loop, f.loop !== loop {
        throw PyException.valueError("The future belongs to a different loop than the one specified as the loop argument")
      }
      return f
    }
    let target: PyEventLoop
    if let loop {
      target = loop
    } else {
      target = try currentEventLoop()
    }
    if isCoroutine(v) {
      return try makeTask(v, loop: target, name: nil)
    }
    if case .object(let o) = v, o.type.lookup(Names.await) != nil {
      let wrapper = try AsyncioModule.prelude(self).getString("_wrap_awaitable") ?? .none
      return try makeTask(try call(wrapper, [v]), loop: target, name: nil)
    }
    throw PyException.typeError("An asyncio.Future, a coroutine or an awaitable is required")
  }

  /// `loop.run_until_complete(future)` (base_events.py).
  func runUntilComplete(_ loop: PyEventLoop, _ argument: Value) throws(PyException) -> Value {
    try loop.checkClosed()
    try loop.checkRunning(self)
    let isNewTask = argument.as(PyFuture.self) == nil
    let future = try ensureFuture(argument, loop: loop)
    if isNewTask, let task = future as? PyTask { task.logDestroyPending = false }
    let callbackName = "_run_until_complete_cb"
    future.addDoneCallback(.native(callbackName) { (vm: VM, f: PyFuture) throws(PyException) -> Void in
      if f.state != .cancelled, let e = f.exception,
        e.isInstance(of: BuiltinTypes.systemExit) || e.isInstance(of: BuiltinTypes.keyboardInterrupt)
      {
        return
      }
      f.loop.stop()
    })
    func removeCallback() {
      future.callbacks.removeAll {
        if case .native(let name, _) = $0 { return name == callbackName }
        return false
      }
    }
    do throws(PyException) {
      try loop.runForever(self)
    } catch {
      if isNewTask && future.isDone && future.state != .cancelled {
        _ = try? future.exceptionValue()
      }
      removeCallback()
      throw error
    }
    removeCallback()
    if !future.isDone {
      throw PyException.runtimeError("Event loop stopped before Future completed.")
    }
    return try future.resultValue()
  }

  /// `asyncio.gather(*aws, return_exceptions=False)` (tasks.py): children
  /// are made in argument order, and the outer future completes in the
  /// done-callback of the last child to finish (or of the first to fail).
  func gather(_ awaitables: [Value], returnExceptions: Bool) throws(PyException) -> PyFuture {
    if awaitables.isEmpty {
      let outer = PyFuture(loop: try currentEventLoop())
      try outer.setResult(.list([]))
      return outer
    }
    var children: [PyFuture] = []
    children.reserveCapacity(awaitables.count)
    // The same awaitable passed twice is awaited once (CPython's
    // arg_to_fut dict); awaitables are objects, so identity is the key.
    var seen: [ObjectIdentifier: PyFuture] = [:]
    var loop: PyEventLoop?
    let state = GatherState()
    for arg in awaitables {
      let key = arg.asObject.map(ObjectIdentifier.init)
      if let key, let existing = seen[key] {
        children.append(existing)
        continue
      }
      let future = try ensureFuture(arg, loop: loop)
      if loop == nil { loop = future.loop }
      if arg.as(PyFuture.self) == nil, let task = future as? PyTask { task.logDestroyPending = false }
      state.count += 1
      if let key { seen[key] = future }
      future.addDoneCallback(.native("_done_callback") { (vm: VM, child: PyFuture) throws(PyException) -> Void in
        try vm.gatherChildDone(child, state, returnExceptions: returnExceptions)
      })
      children.append(future)
    }
    guard let outerLoop = loop else { return PyFuture(loop: try currentEventLoop()) }
    let outer = PyGatheringFuture(children: children, loop: outerLoop)
    state.outer = outer
    return outer
  }

  fileprivate func gatherChildDone(_ child: PyFuture, _ state: GatherState, returnExceptions: Bool) throws(PyException) {
    state.finished += 1
    guard let outer = state.outer, !outer.isDone else {
      if child.state != .cancelled { _ = try? child.exceptionValue() }
      return
    }
    if !returnExceptions {
      if child.state == .cancelled {
        try outer.setException(child.makeCancelledError())
        return
      }
      if let exc = try child.exceptionValue() {
        try outer.setException(exc)
        return
      }
    }
    guard state.finished == state.count else { return }
    var results: [Value] = []
    for c in outer.children {
      if c.state == .cancelled {
        results.append(.object(PyException(
          type: AsyncioTypes.cancelledError, args: [c.cancelMessage.isNone ? .str("") : c.cancelMessage])))
      } else if let e = try c.exceptionValue() {
        results.append(.object(e))
      } else {
        results.append(try c.resultValue())
      }
    }
    if outer.cancelRequested {
      try outer.setException(child.makeCancelledError())
    } else {
      try outer.setResult(.list(results))
    }
  }
}

/// The counters `gather`'s children share, and the outer future (held
/// strongly, as CPython's closure holds it: an outer future nobody awaits
/// still reports an exception nobody retrieved).
final class GatherState {
  var count = 0
  var finished = 0
  var outer: PyGatheringFuture?
}

/// gather's outer future: cancelling it cancels the children.
final class PyGatheringFuture: PyFuture {
  let children: [PyFuture]
  var cancelRequested = false

  init(children: [PyFuture], loop: PyEventLoop) {
    self.children = children
    super.init(loop: loop)
  }

  override var type: PyType { AsyncioTypes.gatheringFuture }

  @discardableResult
  override func cancel(message: Value = .none) -> Bool {
    if isDone { return false }
    var any = false
    for child in children where child.cancel(message: message) {
      any = true
    }
    if any { cancelRequested = true }
    return any
  }
}

extension AsyncioTypes {
  static let gatheringFuture: PyType = {
    let t = PyType(builtin: "_GatheringFuture", base: future)
    t.module = "asyncio.tasks"
    return t
  }()
}
