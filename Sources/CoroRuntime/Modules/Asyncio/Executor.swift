/// `loop.run_in_executor` and thread identity. (The worker-thread design is
/// documented with ThreadCoordinator.)
extension VM {
  /// True on the interpreter's main thread (the one that runs the program).
  var isMainThread: Bool { threadName == nil }

  /// `threading.current_thread().name`.
  var currentThreadName: String { threadName ?? "MainThread" }

  /// `loop.run_in_executor(executor, func, *args)`: submits the call to
  /// the executor (the loop's default thread pool, named `asyncio_N`,
  /// for None) and returns an asyncio Future chained to the executor's
  /// future: the worker's result reaches the loop through
  /// `call_soon_threadsafe` when the worker finishes.
  func runInExecutor(_ loop: PyEventLoop, executor: Value, function: Value, arguments: [Value]) throws(PyException) -> Value {
    if let f = function.as(PyFunction.self), f.code.flags.contains(.coroutine) {
      throw PyException.typeError("coroutines cannot be used with run_in_executor()")
    }
    var chosen = executor
    if chosen.isNone {
      if let existing = loop.defaultExecutor {
        chosen = existing
      } else {
        let futures = try loadModule("concurrent.futures")
        let poolType = futures.dict.getString("ThreadPoolExecutor") ?? .none
        chosen = try call(poolType, [], keywords: [("thread_name_prefix", .str("asyncio"))])
        loop.defaultExecutor = chosen
      }
    }
    let submit = try getAttribute(chosen, PyStr.intern("submit"))
    let concurrentFuture = try call(submit, [function] + arguments)
    let wrap = try AsyncioModule.prelude(self).getString("wrap_future") ?? .none
    return try call(wrap, [concurrentFuture], keywords: [("loop", .object(loop))])
  }

  func setDefaultExecutor(_ loop: PyEventLoop, _ executor: Value) throws(PyException) {
    loop.defaultExecutor = executor.isNone ? nil : executor
  }
}
