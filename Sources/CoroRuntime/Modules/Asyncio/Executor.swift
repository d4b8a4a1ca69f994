/// `loop.run_in_executor` and thread identity. (The worker-thread design is
/// documented with ThreadCoordinator.)
extension VM {
  /// True on the interpreter's main thread (the one that runs the program).
  var isMainThread: Bool { threadName == nil }

  /// `threading.current_thread().name`.
  var currentThreadName: String { threadName ?? "MainThread" }

  func runInExecutor(_ loop: PyEventLoop, executor: Value, function: Value, arguments: [Value]) throws(PyException) -> Value {
    throw PyException.notImplementedError("run_in_executor is not available yet")
  }

  func setDefaultExecutor(_ loop: PyEventLoop, _ executor: Value) throws(PyException) {
    throw PyException.notImplementedError("set_default_executor is not available yet")
  }
}
