import Collections

// The event loop: a ready queue of callbacks (a Deque) and a heap of timers
// ordered by (deadline, insertion sequence), run one iteration at a time as
// CPython's BaseEventLoop._run_once does:
//
//   1. drop cancelled timers from the top of the heap;
//   2. wait until the first timer is due — unless callbacks are ready — on
//      the real clock by sleeping, on the virtual clock by jumping to the
//      deadline; an iteration with callbacks ready is busy instead: it earns
//      busy time, which moves the virtual clock to the next deadline once
//      the loop has stayed busy long enough (`passBusyIteration`);
//   3. move every due timer (deadline < now + clock resolution) to the
//      ready queue, in deadline order;
//   4. run exactly the callbacks that are in the ready queue now; those they
//      schedule wait for the next iteration.
//
// Ties between equal deadlines, everywhere on a virtual clock, are broken
// by the order in which the timers were scheduled. CPython's heap compares
// deadlines only, but on a real clock deadlines taken microseconds apart
// come out in scheduling order, which is what this rule reproduces.

/// What a loop callback does.
enum HandleCallback {
  /// `call_soon(fn, *args)` from Python.
  case python(Value, [Value])
  /// A task's next step, optionally throwing an exception in.
  case taskStep(PyTask, PyException?)
  /// A future's done-callback, called with the future.
  case futureCallback(DoneCallback, PyFuture)
  /// A runtime callback (`name` for reprs).
  case native(String, (VM) throws(PyException) -> Void)
}

/// `asyncio.Handle`: a callback scheduled on the loop.
class PyHandle: PyObject, PyReprCustomizable {
  let callback: HandleCallback
  var cancelled = false

  init(_ callback: HandleCallback) {
    self.callback = callback
  }

  override var type: PyType { AsyncioTypes.handle }

  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    var info = [type.name]
    if cancelled { info.append("cancelled") }
    if let when = (self as? PyTimerHandle)?.when {
      info.append("when=\(FloatRepr.repr(Double(when) / 1e9))")
    }
    info.append(try HandleFormat.describe(callback, vm))
    return "<\(info.joined(separator: " "))>"
  }
}

/// `asyncio.TimerHandle`: a callback scheduled for a time.
final class PyTimerHandle: PyHandle {
  /// Monotonic deadline, in nanoseconds.
  let when: Int64
  let sequence: UInt64

  init(_ callback: HandleCallback, when: Int64, sequence: UInt64) {
    self.when = when
    self.sequence = sequence
    super.init(callback)
  }

  override var type: PyType { AsyncioTypes.timerHandle }
}

/// One entry of the timer heap.
struct TimerEntry: Comparable {
  let handle: PyTimerHandle

  static func < (a: TimerEntry, b: TimerEntry) -> Bool {
    a.handle.when != b.handle.when ? a.handle.when < b.handle.when : a.handle.sequence < b.handle.sequence
  }

  static func == (a: TimerEntry, b: TimerEntry) -> Bool {
    a.handle === b.handle
  }
}

/// `asyncio` event loop (CPython's `_UnixSelectorEventLoop`).
final class PyEventLoop: PyObject, PyReprCustomizable {
  unowned(unsafe) let interpreter: Interpreter  // see VM.interpreter
  private(set) var ready = Deque<PyHandle>()
  private(set) var scheduled = Heap<TimerEntry>()
  private var sequence: UInt64 = 0
  private var stopping = false
  /// Iterations run so far without waiting (see `passBusyIteration`).
  private var busyIterations = 0
  private(set) var isRunning = false
  private(set) var isClosed = false
  var debug = false
  /// `loop.set_exception_handler(handler)`.
  var exceptionHandler: Value = .none
  private(set) var currentTask: PyTask?
  /// The executor `run_in_executor(None, ...)` uses, made on first use.
  var defaultExecutor: Value?
  /// Async generators first iterated while this loop ran and not yet
  /// finished or freed (CPython's `loop._asyncgens`, a WeakSet).
  let asyncGenerators = LiveObjectRegistry<PyGenerator>()

  init(interpreter: Interpreter) {
    self.interpreter = interpreter
  }

  override var type: PyType { AsyncioTypes.eventLoop }

  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    "<_UnixSelectorEventLoop running=\(isRunning ? "True" : "False") closed=\(isClosed ? "True" : "False") debug=\(debug ? "True" : "False")>"
  }

  // MARK: - Scheduling

  var now: Int64 { interpreter.clock.monotonicNanoseconds }

  /// `loop.time()`.
  var time: Double { Double(now) / 1e9 }

  @discardableResult
  func callSoon(_ callback: HandleCallback) -> PyHandle {
    let h = PyHandle(callback)
    ready.append(h)
    return h
  }

  /// `call_soon_threadsafe`, from any thread: the callback joins the
  /// ready queue at once, as in CPython, and the thread waiting in this
  /// loop, if any, wakes. Touching `ready` from another thread is safe
  /// because only the holder of the interpreter lock runs Python code or
  /// these methods, and the lock passes through the coordinator's mutex.
  @discardableResult
  func callSoonThreadsafe(_ callback: HandleCallback) -> PyHandle {
    let h = callSoon(callback)
    interpreter.threads.notifyLoop(self)
    return h
  }

  /// Schedules `callback` at monotonic time `when` (nanoseconds).
  @discardableResult
  func callAt(_ when: Int64, _ callback: HandleCallback) -> PyTimerHandle {
    sequence &+= 1
    let h = PyTimerHandle(callback, when: when, sequence: sequence)
    scheduled.insert(TimerEntry(handle: h))
    return h
  }

  /// Seconds (Python float or int) to nanoseconds, rounded as CPython's
  /// float arithmetic would place the deadline.
  static func nanoseconds(_ seconds: Double) -> Int64 {
    if seconds.isNaN { return 0 }
    if seconds >= 9e9 { return Int64.max / 4 }
    if seconds <= -9e9 { return -(Int64.max / 4) }
    return Int64((seconds * 1e9).rounded())
  }

  // MARK: - Running

  func checkClosed() throws(PyException) {
    if isClosed { throw PyException.runtimeError("Event loop is closed") }
  }

  /// CPython's `_check_running`: this loop must not be running, and no
  /// other loop may run on this thread. The running loop is per thread,
  /// so loops running in other threads do not count.
  func checkRunning(_ vm: VM) throws(PyException) {
    if isRunning { throw PyException.runtimeError("This event loop is already running") }
    if vm.eventLoops.running != nil {
      throw PyException.runtimeError("Cannot run the event loop while another loop is running")
    }
  }

  /// `run_forever()`.
  func runForever(_ vm: VM) throws(PyException) {
    try checkClosed()
    try checkRunning(vm)
    isRunning = true
    vm.eventLoops.running = self
    defer {
      stopping = false
      isRunning = false
      vm.eventLoops.running = nil
    }
    while true {
      try runOnce(vm)
      if stopping { break }
    }
  }

  func stop() {
    stopping = true
  }

  /// One iteration (CPython's `_run_once`).
  func runOnce(_ vm: VM) throws(PyException) {
    while let top = scheduled.min, top.handle.cancelled {
      _ = scheduled.removeMin()
    }
    if ready.isEmpty && !stopping {
      try waitForWork(vm)
    } else {
      try passBusyIteration(vm)
    }
    try checkInterrupt()
    let end = now + 1
    while let top = scheduled.min, top.handle.when < end {
      _ = scheduled.removeMin()
      ready.append(top.handle)
    }
    let count = ready.count
    for _ in 0..<count {
      guard let handle = ready.popFirst() else { break }
      if handle.cancelled { continue }
      try run(handle, vm)
    }
  }

  /// Waits until the first timer is due or another thread hands work
  /// over (the `select()` of CPython's loop).
  private func waitForWork(_ vm: VM) throws(PyException) {
    let threads = interpreter.threads
    if threads.hasOtherThreads {
      // Other threads run while the loop waits; the coordinator wakes the
      // loop when one calls call_soon_threadsafe on it or the first timer
      // is due.
      try threads.waitForLoop(threads.thread(of: vm), self, until: scheduled.min?.handle.when)
      return
    }
    if let top = scheduled.min {
      interpreter.clock.advance(toMonotonic: top.handle.when)
      return
    }
    // Nothing scheduled and nobody else to wake the loop: a program
    // awaiting something nobody will complete hangs, as in CPython; Ctrl-C
    // still interrupts it.
    while !SignalState.interruptPending {
      Clock.sleepReal(nanoseconds: 50_000_000)
    }
  }

  /// An iteration that starts with callbacks ready does not wait, so
  /// neither time nor other threads would move while a task keeps the
  /// ready queue full (polling a flag with `await asyncio.sleep(0)`). On
  /// CPython time passes anyway and the GIL changes hands every 5 ms; here
  /// each such iteration counts as `busyIterationCost` of busy time (see
  /// Clock.swift: once it covers the distance to the first timer of any
  /// running loop or another thread's deadline, the clock jumps there),
  /// and every `busyIterationsPerSwitch` of them the lock passes to a
  /// runnable thread (a pool worker with a result to post).
  private func passBusyIteration(_ vm: VM) throws(PyException) {
    busyIterations &+= 1
    let threads = interpreter.threads
    if threads.hasOtherThreads {
      try threads.passBusyTime(
        threads.thread(of: vm), cost: PyEventLoop.busyIterationCost,
        offerLock: busyIterations % PyEventLoop.busyIterationsPerSwitch == 0)
    } else {
      _ = interpreter.clock.spendBusyTime(PyEventLoop.busyIterationCost, towards: scheduled.min?.handle.when)
    }
  }

  /// Busy time one iteration that does not wait is worth, in nanoseconds
  /// (CPython 3.11 runs a `sleep(0)` polling loop at a few microseconds an
  /// iteration; Coro's debug build at about 20).
  static let busyIterationCost: Int64 = 10_000
  /// Busy iterations between offers of the interpreter lock: CPython's
  /// switch interval (5 ms) in busy time.
  static let busyIterationsPerSwitch = 500

  private func checkInterrupt() throws(PyException) {
    if SignalState.interruptPending {
      SignalState.interruptPending = false
      throw PyException(type: BuiltinTypes.keyboardInterrupt, args: [])
    }
  }

  private func run(_ handle: PyHandle, _ vm: VM) throws(PyException) {
    do throws(PyException) {
      switch handle.callback {
      case .python(let fn, let args):
        _ = try vm.call(fn, args)
      case .taskStep(let task, let exc):
        try task.step(vm, exc)
      case .futureCallback(let cb, let future):
        switch cb {
        case .python(let fn): _ = try vm.call(fn, [.object(future)])
        case .wakeup(let task): try task.wakeup(vm, future)
        case .native(_, let fn): try fn(vm, future)
        }
      case .native(_, let fn):
        try fn(vm)
      }
    } catch {
      if error.isInstance(of: BuiltinTypes.keyboardInterrupt) || error.isInstance(of: BuiltinTypes.systemExit) {
        throw error
      }
      let description = (try? HandleFormat.describe(handle.callback, vm)) ?? "?"
      try callExceptionHandler(vm, [
        ("message", .str("Exception in callback \(description)")),
        ("exception", .object(error)),
        ("handle", .object(handle)),
      ])
    }
  }

  // MARK: - Closing

  /// `loop.close()`.
  func close(_ vm: VM) throws(PyException) {
    if isRunning { throw PyException.runtimeError("Cannot close a running event loop") }
    if isClosed { return }
    isClosed = true
    ready.removeAll()
    scheduled = Heap()
    interpreter.threads.shutdownDefaultExecutor(of: self, wait: false)
  }

  // MARK: - Tasks

  func registerTask(_ task: PyTask) {
    interpreter.liveTasks.insert(task)
  }

  /// Tasks of this loop that are not done, in creation order.
  var pendingTasks: [PyTask] {
    interpreter.liveTasks.all.filter { $0.loop === self && !$0.isDone }
  }

  func enterTask(_ task: PyTask) throws(PyException) {
    if let current = currentTask, current !== task {
      throw PyException.runtimeError(
        "Cannot enter into task \(task.reprText) while another task \(current.reprText) is being executed.")
    }
    currentTask = task
  }

  func leaveTask(_ task: PyTask) {
    if currentTask === task { currentTask = nil }
  }

  // MARK: - Errors nobody handles

  /// `loop.call_exception_handler(context)`; `context` entries in order.
  func callExceptionHandler(_ vm: VM, _ context: [(String, Value)]) throws(PyException) {
    if !exceptionHandler.isNone {
      let dict = PyDict()
      for (k, v) in context { dict.setString(k, v) }
      do throws(PyException) {
        _ = try vm.call(exceptionHandler, [.object(self), .object(dict)])
      } catch {
        if error.isInstance(of: BuiltinTypes.keyboardInterrupt) || error.isInstance(of: BuiltinTypes.systemExit) {
          throw error
        }
        defaultExceptionHandler(vm, [
          ("message", .str("Unhandled error in exception handler")),
          ("exception", .object(error)),
          ("context", .object(dict)),
        ])
      }
      return
    }
    defaultExceptionHandler(vm, context)
  }

  /// CPython's `default_exception_handler`, logged as the `logging`
  /// module's last-resort handler writes it: the message, the other context
  /// entries sorted by key, then the traceback.
  func defaultExceptionHandler(_ vm: VM, _ context: [(String, Value)]) {
    var lines: [String] = []
    var message = "Unhandled exception in event loop"
    var exception: PyException?
    var others: [(String, String)] = []
    for (key, value) in context {
      switch key {
      case "message":
        if let s = value.asStr, !s.value.isEmpty { message = s.value }
      case "exception":
        exception = value.as(PyException.self)
      default:
        // Objects that were being deallocated arrive as their repr, made
        // in advance (PreformattedRepr).
        let text = value.as(PreformattedRepr.self)?.text ?? ((try? vm.repr(value)) ?? "?")
        others.append((key, text))
      }
    }
    lines.append(message)
    for (key, text) in others.sorted(by: { $0.0 < $1.0 }) {
      lines.append("\(key): \(text)")
    }
    var text = lines.joined(separator: "\n") + "\n"
    if let exception {
      text += TracebackPrinter(vm: vm).format(exception)
    }
    interpreter.stdout.flush()
    interpreter.stderr.write(text)
  }

  func reportNeverRetrieved(kind: String, description: String, exception: PyException) {
    guard let vm = interpreter.mainVM else { return }
    try? callExceptionHandler(vm, [
      ("message", .str("\(kind) exception was never retrieved")),
      ("exception", .object(exception)),
      ("future", .object(PreformattedRepr(description))),
    ])
  }

  func reportDestroyedPending(description: String) {
    guard let vm = interpreter.mainVM else { return }
    try? callExceptionHandler(vm, [
      ("message", .str("Task was destroyed but it is pending!")),
      ("task", .object(PreformattedRepr(description))),
    ])
  }
}

/// Stands for an object that no longer exists (it was being deallocated
/// when the loop's exception handler was called): its repr, made in time.
final class PreformattedRepr: PyObject, PyReprCustomizable {
  let text: String

  init(_ text: String) {
    self.text = text
  }

  func pythonRepr(_ vm: VM) throws(PyException) -> String { text }
}
