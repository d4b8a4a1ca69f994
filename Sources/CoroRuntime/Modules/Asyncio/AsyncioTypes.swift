import Foundation

/// The Python-visible types of asyncio (Future, Task, the loop, handles)
/// and its exceptions, with their methods.
enum AsyncioTypes {
  static let future: PyType = {
    let t = PyType(builtin: "Future", base: BuiltinTypes.object)
    t.module = "_asyncio"
    return t
  }()
  static let task: PyType = {
    let t = PyType(builtin: "Task", base: future)
    t.module = "_asyncio"
    return t
  }()
  static let futureIter: PyType = {
    let t = PyType(builtin: "FutureIter", base: BuiltinTypes.object)
    t.module = "_asyncio"
    return t
  }()
  static let eventLoop: PyType = {
    let t = PyType(builtin: "_UnixSelectorEventLoop", base: BuiltinTypes.object)
    t.module = "asyncio.unix_events"
    return t
  }()
  static let handle: PyType = {
    let t = PyType(builtin: "Handle", base: BuiltinTypes.object)
    t.module = "asyncio.events"
    return t
  }()
  static let timerHandle: PyType = {
    let t = PyType(builtin: "TimerHandle", base: handle)
    t.module = "asyncio.events"
    return t
  }()

  private static func exception(_ name: String, _ base: PyType, _ module: String = "asyncio.exceptions") -> PyType {
    let t = PyType(builtin: name, base: base, layout: .exception)
    t.module = module
    t.constructor = BuiltinTypes.exception.constructor
    return t
  }

  static let cancelledError = exception("CancelledError", BuiltinTypes.baseException)
  static let invalidStateError = exception("InvalidStateError", BuiltinTypes.exception)
  static let sendfileNotAvailableError = exception("SendfileNotAvailableError", BuiltinTypes.runtimeError)
  static let incompleteReadError = exception("IncompleteReadError", BuiltinTypes.eofError)
  static let limitOverrunError = exception("LimitOverrunError", BuiltinTypes.exception)
  static let brokenBarrierError = exception("BrokenBarrierError", BuiltinTypes.runtimeError)

  static func invalidState(_ message: String) -> PyException {
    PyException(type: invalidStateError, message: message)
  }

  private static let installLock = NSLock()
  nonisolated(unsafe) private static var installed = false

  /// Installs the methods, once per process. (The types are shared by all
  /// interpreters, which may start in parallel: a second one waits here
  /// until the first has finished, rather than reading half-built dicts.)
  static func install() {
    installLock.lock()
    defer { installLock.unlock() }
    if installed { return }
    installed = true
    for t in [cancelledError, invalidStateError, sendfileNotAvailableError, incompleteReadError,
      limitOverrunError, brokenBarrierError]
    {
      t.constructor = BuiltinTypes.exception.constructor
    }
    installFutureMethods()
    installTaskMethods()
    installLoopMethods()
    installHandleMethods()
  }

  // MARK: - Future

  private static func installFutureMethods() {
    let f = future
    f.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let bound = try args.bind("Future", [], keywordOnly: ["loop"])
      let loop: PyEventLoop
      if let given = bound[0], !given.isNone {
        guard let l = given.as(PyEventLoop.self) else { throw PyException.typeError("loop must be an event loop") }
        loop = l
      } else {
        loop = try vm.eventLoopForNewFuture()
      }
      return .object(PyFuture(loop: loop))
    }
    f.addMethod("result") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("result")
      return try futureOf(v).resultValue()
    }
    f.addMethod("exception") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("exception")
      return try futureOf(v).exceptionValue().map { .object($0) } ?? .none
    }
    f.addMethod("done") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("done")
      return .bool(try futureOf(v).isDone)
    }
    f.addMethod("cancelled") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("cancelled")
      return .bool(try futureOf(v).state == .cancelled)
    }
    f.addMethod("cancel") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let bound = try args.bind("cancel", ["msg"])
      return .bool(try futureOf(v).cancel(message: bound[0] ?? .none))
    }
    f.addMethod("set_result") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try futureOf(v).setResult(try args.one("set_result"))
      return .none
    }
    f.addMethod("set_exception") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let arg = try args.one("set_exception")
      let fut = try futureOf(v)
      if arg.as(PyType.self) != nil || arg.as(PyException.self) != nil {
        try fut.setException(try vm.makeException(arg))
        return .none
      }
      throw PyException.typeError("invalid exception object")
    }
    f.addMethod("add_done_callback") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard args.count == 1 else {
        throw PyException.typeError("add_done_callback() takes exactly one positional argument (\(args.count) given)")
      }
      try futureOf(v).addDoneCallback(.python(args[0]))
      return .none
    }
    f.addMethod("remove_done_callback") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let fn = try args.one("remove_done_callback")
      let fut = try futureOf(v)
      let before = fut.callbacks.count
      var kept: [DoneCallback] = []
      for cb in fut.callbacks {
        if case .python(let other) = cb, try vm.valuesEqual(other, fn) { continue }
        kept.append(cb)
      }
      fut.callbacks = kept
      return .int(before - kept.count)
    }
    f.addMethod("get_loop") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .object(try futureOf(v).loop)
    }
    f.addMethod("__await__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .object(PyFutureIterator(try futureOf(v)))
    }
    f.addMethod("__iter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .object(PyFutureIterator(try futureOf(v)))
    }
    f.addGetter("_state") { (vm: VM, v: Value) throws(PyException) -> Value in
      .str(try futureOf(v).state.rawValue)
    }
    f.addGetter("_loop") { (vm: VM, v: Value) throws(PyException) -> Value in
      .object(try futureOf(v).loop)
    }
    f.addGetter("_result") { (vm: VM, v: Value) throws(PyException) -> Value in
      try futureOf(v).result
    }
    f.addGetter("_exception") { (vm: VM, v: Value) throws(PyException) -> Value in
      try futureOf(v).exception.map { .object($0) } ?? .none
    }
    f.addGetter("_callbacks") { (vm: VM, v: Value) throws(PyException) -> Value in
      let fut = try futureOf(v)
      return .list(fut.callbacks.map { cb -> Value in
        if case .python(let fn) = cb { return .tuple([fn, .none]) }
        return .tuple([.none, .none])
      })
    }
    f.addGetter("_asyncio_future_blocking", { (vm: VM, v: Value) throws(PyException) -> Value in
      .bool(try futureOf(v).blocking)
    }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
      try futureOf(v).blocking = try vm.isTrue(new)
    })
    futureIter.addMethod("__next__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let it = v.as(PyFutureIterator.self) else { return .none }
      switch try it.send(vm, .none) {
      case .yielded(let y): return y
      case .returned(let r): throw PyException.stopIteration(r)
      }
    }
    futureIter.addMethod("send") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let it = v.as(PyFutureIterator.self) else { return .none }
      switch try it.send(vm, try args.one("send")) {
      case .yielded(let y): return y
      case .returned(let r): throw PyException.stopIteration(r)
      }
    }
    futureIter.addMethod("__iter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in v }
  }

  static func futureOf(_ v: Value) throws(PyException) -> PyFuture {
    guard let f = v.as(PyFuture.self) else {
      throw PyException.typeError("descriptor requires a '_asyncio.Future' object but received '\(v.typeName)'")
    }
    return f
  }

  static func taskOf(_ v: Value) throws(PyException) -> PyTask {
    guard let t = v.as(PyTask.self) else {
      throw PyException.typeError("descriptor requires a '_asyncio.Task' object but received '\(v.typeName)'")
    }
    return t
  }

  // MARK: - Task

  private static func installTaskMethods() {
    let t = task
    t.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let bound = try args.bind("Task", ["coro"], required: 1, keywordOnly: ["loop", "name", "context"])
      let coro = bound[0] ?? .none
      let loop: PyEventLoop
      if let l = bound[1], let el = l.as(PyEventLoop.self) {
        loop = el
      } else {
        loop = try vm.eventLoopForNewFuture()
      }
      return .object(try vm.makeTask(coro, loop: loop, name: bound[2], context: bound[3]))
    }
    t.addMethod("get_name") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("get_name")
      return .str(try taskOf(v).name)
    }
    t.addMethod("set_name") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try taskOf(v).name = try vm.str(try args.one("set_name"))
      return .none
    }
    t.addMethod("get_coro") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("get_coro")
      return try taskOf(v).coro
    }
    t.addGetter("_coro") { (vm: VM, v: Value) throws(PyException) -> Value in
      try taskOf(v).coro
    }
    t.addGetter("_fut_waiter") { (vm: VM, v: Value) throws(PyException) -> Value in
      try taskOf(v).futureWaiter.map { .object($0) } ?? .none
    }
    t.addGetter("_must_cancel") { (vm: VM, v: Value) throws(PyException) -> Value in
      .bool(try taskOf(v).mustCancel)
    }
    t.addMethod("cancel") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let bound = try args.bind("cancel", ["msg"])
      return .bool(try taskOf(v).cancel(message: bound[0] ?? .none))
    }
    t.addMethod("cancelling") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("cancelling")
      return .int(try taskOf(v).cancelRequests)
    }
    t.addMethod("uncancel") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("uncancel")
      return .int(try taskOf(v).uncancel())
    }
    t.addMethod("get_stack") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .list([])
    }
    t.addMethod("print_stack") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .none
    }
  }

  // MARK: - Handles

  private static func installHandleMethods() {
    handle.addMethod("cancel") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("cancel")
      v.as(PyHandle.self)?.cancelled = true
      return .none
    }
    handle.addMethod("cancelled") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("cancelled")
      return .bool(v.as(PyHandle.self)?.cancelled ?? false)
    }
    timerHandle.addMethod("when") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("when")
      return .float(Double(v.as(PyTimerHandle.self)?.when ?? 0) / 1e9)
    }
  }
}
