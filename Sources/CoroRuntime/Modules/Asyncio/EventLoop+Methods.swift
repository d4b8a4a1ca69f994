/// The Python methods of the event loop (`loop.call_soon`,
/// `loop.run_until_complete`...).
extension AsyncioTypes {
  static func loopOf(_ v: Value) throws(PyException) -> PyEventLoop {
    guard let l = v.as(PyEventLoop.self) else {
      throw PyException.typeError("expected an event loop, got \(v.typeName)")
    }
    return l
  }

  static func installLoopMethods() {
    let t = eventLoop
    t.addMethod("time") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("time")
      return .float(try loopOf(v).time)
    }
    t.addMethod("call_soon") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let loop = try loopOf(v)
      try loop.checkClosed()
      guard args.count >= 1 else { throw PyException.typeError("call_soon() missing 1 required positional argument: 'callback'") }
      try checkCallback(vm, args[0], "call_soon")
      return .object(loop.callSoon(.python(args[0], Array(args.positional.dropFirst()))))
    }
    t.addMethod("call_soon_threadsafe") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let loop = try loopOf(v)
      try loop.checkClosed()
      guard args.count >= 1 else {
        throw PyException.typeError("call_soon_threadsafe() missing 1 required positional argument: 'callback'")
      }
      if loop.debug { try checkCallback(vm, args[0], "call_soon_threadsafe") }
      return .object(loop.callSoonThreadsafe(.python(args[0], Array(args.positional.dropFirst()))))
    }
    t.addMethod("call_later") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let loop = try loopOf(v)
      try loop.checkClosed()
      guard args.count >= 2 else { throw PyException.typeError("call_later() missing required arguments: 'delay' and 'callback'") }
      guard let delay = try vm.floatOperand(args[0]) else {
        throw PyException.typeError("unsupported operand type(s) for +: 'float' and '\(args[0].typeName)'")
      }
      try checkCallback(vm, args[1], "call_later")
      let when = loop.now + PyEventLoop.nanoseconds(delay)
      return .object(loop.callAt(when, .python(args[1], Array(args.positional.dropFirst(2)))))
    }
    t.addMethod("call_at") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let loop = try loopOf(v)
      try loop.checkClosed()
      guard args.count >= 2 else { throw PyException.typeError("call_at() missing required arguments: 'when' and 'callback'") }
      guard let when = try vm.floatOperand(args[0]) else {
        throw PyException.typeError("'<' not supported between instances of '\(args[0].typeName)' and 'float'")
      }
      try checkCallback(vm, args[1], "call_at")
      return .object(loop.callAt(PyEventLoop.nanoseconds(when), .python(args[1], Array(args.positional.dropFirst(2)))))
    }
    t.addMethod("create_future") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("create_future")
      return .object(PyFuture(loop: try loopOf(v)))
    }
    t.addMethod("create_task") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let bound = try args.bind("create_task", ["coro"], required: 1, keywordOnly: ["name", "context"])
      let loop = try loopOf(v)
      try loop.checkClosed()
      return .object(try vm.makeTask(bound[0] ?? .none, loop: loop, name: bound[1], context: bound[2]))
    }
    t.addMethod("run_until_complete") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try vm.runUntilComplete(try loopOf(v), try args.one("run_until_complete"))
    }
    t.addMethod("run_forever") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("run_forever")
      try loopOf(v).runForever(vm)
      return .none
    }
    t.addMethod("stop") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("stop")
      try loopOf(v).stop()
      return .none
    }
    t.addMethod("close") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("close")
      try loopOf(v).close(vm)
      return .none
    }
    t.addMethod("is_running") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .bool(try loopOf(v).isRunning)
    }
    t.addMethod("is_closed") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .bool(try loopOf(v).isClosed)
    }
    t.addMethod("get_debug") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .bool(try loopOf(v).debug)
    }
    t.addMethod("set_debug") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try loopOf(v).debug = try vm.isTrue(try args.one("set_debug"))
      return .none
    }
    t.addMethod("set_exception_handler") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let handler = try args.one("set_exception_handler")
      if !handler.isNone && !vm.isCallable(handler) {
        throw PyException.typeError("A callable object or None is expected, got \(try vm.repr(handler))")
      }
      try loopOf(v).exceptionHandler = handler
      return .none
    }
    t.addMethod("get_exception_handler") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try loopOf(v).exceptionHandler
    }
    t.addMethod("call_exception_handler") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let context = try args.one("call_exception_handler")
      guard let dict = context.as(PyDict.self) else { throw PyException.typeError("context must be a dict") }
      try loopOf(v).callExceptionHandler(vm, contextEntries(dict))
      return .none
    }
    t.addMethod("default_exception_handler") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let context = try args.one("default_exception_handler")
      guard let dict = context.as(PyDict.self) else { throw PyException.typeError("context must be a dict") }
      try loopOf(v).defaultExceptionHandler(vm, contextEntries(dict))
      return .none
    }
    t.addMethod("run_in_executor") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      if let name = args.keywordNames?.items.first?.asStr {
        throw PyException.typeError("BaseEventLoop.run_in_executor() got an unexpected keyword argument '\(name.value)'")
      }
      let loop = try loopOf(v)
      try loop.checkClosed()
      guard args.count >= 2 else {
        throw PyException.typeError("run_in_executor() missing required arguments: 'executor' and 'func'")
      }
      return try vm.runInExecutor(loop, executor: args[0], function: args[1], arguments: Array(args.positional.dropFirst(2)))
    }
    t.addMethod("set_default_executor") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try vm.setDefaultExecutor(try loopOf(v), try args.one("set_default_executor"))
      return .none
    }
    t.addGetter("_default_executor") { (vm: VM, v: Value) throws(PyException) -> Value in
      try loopOf(v).defaultExecutor ?? .none
    }
    t.addMethod("shutdown_asyncgens") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try loopOf(v).shutdownAsyncGenerators(vm)
    }
    t.addMethod("shutdown_default_executor") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let loop = try loopOf(v)
      guard loop.defaultExecutor != nil else { return .object(PyCompletedAwaitable(.none)) }
      let shutdown = try AsyncioModule.prelude(vm).getString("_shutdown_default_executor") ?? .none
      return try vm.call(shutdown, [v])
    }
  }

  private static func checkCallback(_ vm: VM, _ callback: Value, _ method: String) throws(PyException) {
    if !vm.isCallable(callback) {
      throw PyException.typeError("a callable object was expected by \(method)(), got \(try vm.repr(callback))")
    }
    if let g = callback.as(PyGenerator.self), g.kind == .coroutine {
      throw PyException.typeError("coroutines cannot be used with \(method)()")
    }
  }

  private static func contextEntries(_ dict: PyDict) -> [(String, Value)] {
    dict.liveEntries.compactMap { e in e.key.asStr.map { ($0.value, e.value) } }
  }
}

/// An awaitable that is already done (`await loop.shutdown_asyncgens()`).
final class PyCompletedAwaitable: PyNativeAwaitable {
  let value: Value

  init(_ value: Value) {
    self.value = value
  }

  override var type: PyType { BuiltinTypes.coroutine }

  override func send(_ vm: VM, _ value: Value) throws(PyException) -> RunResult {
    .returned(self.value)
  }
}
