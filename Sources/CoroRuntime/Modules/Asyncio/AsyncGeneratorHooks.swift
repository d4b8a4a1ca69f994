/// What the event loop does for async generators (CPython's
/// `sys.set_asyncgen_hooks`, which `run_forever` installs):
///
/// - first iteration: an async generator first iterated while a loop runs
///   is registered with that loop and takes the loop's finalizer;
/// - finalizer: when such a generator dies while suspended (an `async for`
///   left by `break` or an exception), the loop closes it soon, in a task
///   made by a `call_soon` callback: `create_task(agen.aclose())`, so its
///   `finally` blocks run two loop iterations later, as in CPython;
/// - `loop.shutdown_asyncgens()` (which `asyncio.run` awaits) acloses the
///   registered generators still suspended, reporting their errors to the
///   loop's exception handler.
extension VM {
  func initAsyncGeneratorHooks(_ generator: PyGenerator) {
    guard !generator.asyncHooksInitialized else { return }
    generator.asyncHooksInitialized = true
    guard let loop = try? runningEventLoop(), loop.isRunning else { return }
    generator.finalizerLoop = loop
    generator.join(loop.asyncGenerators)
  }
}

extension PyEventLoop {
  /// `_asyncgen_finalizer_hook` for `generator`, which is being freed: a
  /// stand-in that owns its frame is closed instead. On a closed loop
  /// nothing happens (its `finally` blocks never run, as in CPython).
  func scheduleClosing(_ generator: PyGenerator) {
    guard !isClosed else { return }
    let closing = PyAsyncGenClose(PyGenerator(adopting: generator))
    _ = callSoonThreadsafe(.native("create_task") { (vm: VM) throws(PyException) in
      _ = try vm.makeTask(.object(closing), loop: self, name: nil)
    })
  }

  /// `loop.shutdown_asyncgens()`: a coroutine that closes every registered
  /// async generator (forgetting them first, as CPython clears its set).
  func shutdownAsyncGenerators(_ vm: VM) throws(PyException) -> Value {
    let generators = asyncGenerators.all
    for generator in generators { asyncGenerators.remove(generator) }
    let shutdown = try AsyncioModule.prelude(vm).getString("_shutdown_asyncgens") ?? .none
    return try vm.call(shutdown, [.object(self), .object(PyList(generators.map { .object($0) }))])
  }
}
