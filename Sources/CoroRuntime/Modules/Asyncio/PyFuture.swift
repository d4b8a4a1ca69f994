// asyncio.Future: the state and result of some work, and the callbacks to
// run when it is done.
//
// This follows CPython's Lib/asyncio/futures.py (and its C twin,
// _asynciomodule.c) line for line where it matters for ordering:
// callbacks are never called directly — completing a future schedules
// each callback with `call_soon`, in registration order, so they run in
// the next loop iteration; `add_done_callback` on a finished future also
// goes through `call_soon`. States are CPython's:
//
//   PENDING    not done yet
//   CANCELLED  cancel() succeeded
//   FINISHED   set_result() or set_exception() was called
//
// An exception that nobody retrieves (with result() or exception()) is
// reported through the loop's exception handler when the future dies, as
// "Future exception was never retrieved" ("Task ..." for tasks).

/// A done-callback: a Python callable, or one of the runtime's own
/// (kept native so that awaiting costs no Python call).
enum DoneCallback {
  case python(Value)
  /// A task waiting on this future (CPython's `Task.__wakeup`).
  case wakeup(PyTask)
  /// A runtime callback; `name` is what reprs show, e.g. `_done_callback`.
  case native(String, (VM, PyFuture) throws(PyException) -> Void)
}

class PyFuture: PyObject, PyAwaitableObject, PyReprCustomizable {
  enum State: String {
    case pending = "PENDING"
    case cancelled = "CANCELLED"
    case finished = "FINISHED"
  }

  let loop: PyEventLoop
  var state: State = .pending
  var result: Value = .none
  var exception: PyException?
  var callbacks: [DoneCallback] = []
  var cancelMessage: Value = .none
  /// The CancelledError a cancelled task's coroutine raised, chained into
  /// the one `result()` raises.
  var cancelledException: PyException?
  /// `_asyncio_future_blocking`: set while a task awaits this future.
  var blocking = false
  /// True while an exception is set and nobody has looked at it.
  var logTraceback = false

  init(loop: PyEventLoop) {
    self.loop = loop
  }

  override var type: PyType { AsyncioTypes.future }

  var isDone: Bool { state != .pending }

  // MARK: - Completing

  func setResult(_ value: Value) throws(PyException) {
    guard state == .pending else { throw AsyncioTypes.invalidState("invalid state") }
    result = value
    state = .finished
    scheduleCallbacks()
  }

  func setException(_ exc: PyException) throws(PyException) {
    guard state == .pending else { throw AsyncioTypes.invalidState("invalid state") }
    if exc.type === BuiltinTypes.stopIteration {
      throw PyException.typeError(
        "StopIteration interacts badly with generators and cannot be raised into a Future")
    }
    exception = exc
    state = .finished
    scheduleCallbacks()
    logTraceback = true
  }

  /// `Future.cancel(msg)`.
  @discardableResult
  func cancel(message: Value = .none) -> Bool {
    logTraceback = false
    guard state == .pending else { return false }
    state = .cancelled
    cancelMessage = message
    scheduleCallbacks()
    return true
  }

  /// Schedules every callback with `call_soon`, in order.
  func scheduleCallbacks() {
    let pending = callbacks
    guard !pending.isEmpty else { return }
    callbacks.removeAll()
    for cb in pending {
      loop.callSoon(.futureCallback(cb, self))
    }
  }

  func addDoneCallback(_ cb: DoneCallback) {
    if state != .pending {
      loop.callSoon(.futureCallback(cb, self))
    } else {
      callbacks.append(cb)
    }
  }

  // MARK: - Reading

  /// `result()`: the result, or raises the exception or CancelledError.
  func resultValue() throws(PyException) -> Value {
    switch state {
    case .cancelled:
      throw makeCancelledError()
    case .pending:
      throw AsyncioTypes.invalidState("Result is not set.")
    case .finished:
      logTraceback = false
      if let exception { throw exception }
      return result
    }
  }

  /// `exception()`.
  func exceptionValue() throws(PyException) -> PyException? {
    switch state {
    case .cancelled:
      throw makeCancelledError()
    case .pending:
      throw AsyncioTypes.invalidState("Exception is not set.")
    case .finished:
      logTraceback = false
      return exception
    }
  }

  /// CPython's `_make_cancelled_error`.
  func makeCancelledError() -> PyException {
    if let saved = cancelledException {
      cancelledException = nil
      return saved
    }
    let exc = PyException(
      type: AsyncioTypes.cancelledError, args: cancelMessage.isNone ? [] : [cancelMessage])
    return exc
  }

  // MARK: - await

  func awaitIterator(_ vm: VM) throws(PyException) -> Value {
    .object(PyFutureIterator(self))
  }

  // MARK: - repr

  var reprText: String {
    guard let vm = Interpreter.current?.mainVM else { return "<\(type.name)>" }
    return (try? pythonRepr(vm)) ?? "<\(type.name)>"
  }

  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    "<\(type.name) \(try reprInfo(vm).joined(separator: " "))>"
  }

  /// CPython's `_future_repr_info`.
  func reprInfo(_ vm: VM) throws(PyException) -> [String] {
    var info = [state.rawValue.lowercased()]
    if state == .finished {
      if let exception {
        info.append("exception=\(try vm.repr(.object(exception)))")
      } else {
        info.append("result=\(try LimitedRepr.repr(result, vm))")
      }
    }
    if !callbacks.isEmpty {
      info.append(try formatCallbacks(vm))
    }
    return info
  }

  private func formatCallbacks(_ vm: VM) throws(PyException) -> String {
    func describe(_ cb: DoneCallback) throws(PyException) -> String {
      switch cb {
      case .wakeup: return "Task.task_wakeup()"
      case .native(let name, _): return "\(name)()"
      case .python(let fn): return try CallbackFormat.describe(fn, vm)
      }
    }
    let cbs = callbacks
    let inner: String
    switch cbs.count {
    case 1: inner = try describe(cbs[0])
    case 2: inner = "\(try describe(cbs[0])), \(try describe(cbs[1]))"
    default:
      inner = "\(try describe(cbs[0])), <\(cbs.count - 2) more>, \(try describe(cbs[cbs.count - 1]))"
    }
    return "cb=[\(inner)]"
  }

  deinit {
    guard logTraceback, let exception else { return }
    // `self` is being deallocated: report through a description made now.
    // CPython names the class: Task, _GatheringFuture, a user's subclass.
    loop.reportNeverRetrieved(kind: type.name, description: reprForFinalizer(), exception: exception)
  }

  /// The repr, computed while deallocating (must not retain `self`).
  func reprForFinalizer() -> String {
    guard let vm = Interpreter.current?.mainVM else { return "<\(type.name)>" }
    let info = (try? reprInfo(vm)) ?? []
    return "<\(type.name) \(info.joined(separator: " "))>"
  }
}

/// `Future.__await__()`: yields the future once (so the task waits on it),
/// then returns its result.
final class PyFutureIterator: PyNativeAwaitable {
  let future: PyFuture
  private var yielded = false

  init(_ future: PyFuture) {
    self.future = future
  }

  override var type: PyType { AsyncioTypes.futureIter }

  override func send(_ vm: VM, _ value: Value) throws(PyException) -> RunResult {
    if !yielded && !future.isDone {
      yielded = true
      future.blocking = true
      return .yielded(.object(future))
    }
    if !future.isDone {
      throw PyException.runtimeError("await wasn't used with future")
    }
    return .returned(try future.resultValue())
  }

  override func throwIn(_ vm: VM, _ exc: PyException) throws(PyException) -> RunResult {
    throw exc
  }
}
