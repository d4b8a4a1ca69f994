/// Awaitables that wrap another await iterator, and the builtins that make
/// them: `coroutine.__await__()` (CPython's coroutine_wrapper), `anext()`
/// (anext_awaitable) and `aiter()`.
extension VM {
  /// One `send` into any await iterator (a coroutine, a Swift awaitable or
  /// a Python iterator), StopIteration turned into `.returned`.
  func sendIntoAwaitIterator(_ iterator: Value, _ value: Value) throws(PyException) -> RunResult {
    if let g = iterator.as(PyGenerator.self) { return try resume(g, sending: value) }
    return try sendToDelegate(iterator, value)
  }

  /// `throw(exc)` into any await iterator; one without a `throw` method
  /// just lets the exception through.
  func throwIntoAwaitIterator(_ iterator: Value, _ exc: PyException) throws(PyException) -> RunResult {
    if let g = iterator.as(PyGenerator.self) { return try throwInto(g, exc) }
    if let native = iterator.as(PyNativeAwaitable.self) { return try native.throwIn(self, exc) }
    guard let method = try getAttributeIfPresent(iterator, Names.throwName) else { throw exc }
    do throws(PyException) {
      return .yielded(try call(method, [.object(exc)]))
    } catch {
      if error.isInstance(of: BuiltinTypes.stopIteration) { return .returned(error.args.first ?? .none) }
      throw error
    }
  }

  /// `aiter(x)`: x's asynchronous iterator.
  func asyncIteratorBuiltin(_ v: Value) throws(PyException) -> Value {
    guard let m = v.type.lookup(Names.aiter) else {
      throw PyException.typeError("'\(v.typeName)' object is not an async iterable")
    }
    let it = try callMethod(m, v, [])
    guard it.type.lookup(Names.anext) != nil else {
      throw PyException.typeError("aiter() returned not an async iterator of type '\(it.typeName)'")
    }
    return it
  }

  /// `anext(it)` is `type(it).__anext__(it)`; `anext(it, default)` wraps
  /// that awaitable so that StopAsyncIteration becomes `default`.
  func asyncNextBuiltin(_ iterator: Value, default: Value?) throws(PyException) -> Value {
    guard let m = iterator.type.lookup(Names.anext) else {
      throw PyException.typeError("'\(iterator.typeName)' object is not an async iterator")
    }
    let awaitable = try callMethod(m, iterator, [])
    guard let `default` else { return awaitable }
    return .object(PyAnextAwaitable(awaitable, default: `default`))
  }
}

/// The iterator `coro.__await__()` returns: `next`/`send`/`throw` step the
/// coroutine, so a generator-based `__await__` can `yield from` it.
final class PyCoroutineWrapper: PyNativeAwaitable {
  let coroutine: PyGenerator

  init(_ coroutine: PyGenerator) {
    self.coroutine = coroutine
  }

  override var type: PyType { BuiltinTypes.coroutineWrapper }

  override func send(_ vm: VM, _ value: Value) throws(PyException) -> RunResult {
    try vm.resume(coroutine, sending: value)
  }

  override func throwIn(_ vm: VM, _ exc: PyException) throws(PyException) -> RunResult {
    try vm.throwInto(coroutine, exc)
  }
}

/// `anext(iterator, default)`: awaits `iterator.__anext__()`, giving
/// `default` instead of StopAsyncIteration.
final class PyAnextAwaitable: PyNativeAwaitable {
  private let awaitable: Value
  private let defaultValue: Value
  /// The await iterator of `awaitable`, made on the first step.
  private var iterator: Value?

  init(_ awaitable: Value, default: Value) {
    self.awaitable = awaitable
    defaultValue = `default`
  }

  override var type: PyType { BuiltinTypes.anextAwaitable }

  private func awaitIterator(_ vm: VM) throws(PyException) -> Value {
    if let iterator { return iterator }
    let it = try vm.awaitableIterator(awaitable, context: 0)
    iterator = it
    return it
  }

  override func send(_ vm: VM, _ value: Value) throws(PyException) -> RunResult {
    try defaultOnExhaustion { () throws(PyException) -> RunResult in
      try vm.sendIntoAwaitIterator(try awaitIterator(vm), value)
    }
  }

  override func throwIn(_ vm: VM, _ exc: PyException) throws(PyException) -> RunResult {
    try defaultOnExhaustion { () throws(PyException) -> RunResult in
      try vm.throwIntoAwaitIterator(try awaitIterator(vm), exc)
    }
  }

  private func defaultOnExhaustion(_ step: () throws(PyException) -> RunResult) throws(PyException) -> RunResult {
    do throws(PyException) {
      return try step()
    } catch {
      if error.isInstance(of: BuiltinTypes.stopAsyncIteration) { return .returned(defaultValue) }
      throw error
    }
  }
}

extension BuiltinTypes {
  /// The iterator protocol of the wrappers above, as Python sees it.
  static func installAwaitableWrappers() {
    for t in [coroutineWrapper, anextAwaitable] {
      t.addMethod("__iter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in v }
      t.addMethod("__next__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        try args.none("__next__")
        return try step(v) { (a: PyNativeAwaitable) throws(PyException) -> RunResult in try a.send(vm, .none) }
      }
      t.addMethod("send") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let value = try args.one("send")
        return try step(v) { (a: PyNativeAwaitable) throws(PyException) -> RunResult in try a.send(vm, value) }
      }
      t.addMethod("throw") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let a = try args.positional("throw", 1, 3)
        let exc = try vm.makeException(a[0])
        return try step(v) { (w: PyNativeAwaitable) throws(PyException) -> RunResult in try w.throwIn(vm, exc) }
      }
      t.addMethod("close") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        try args.none("close")
        if let w = v.as(PyCoroutineWrapper.self) { try vm.close(w.coroutine) }
        return .none
      }
    }
    anextAwaitable.addMethod("__await__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in v }
  }

  /// A Python-level step of a wrapper: the yielded value, or StopIteration
  /// carrying the result.
  private static func step(
    _ v: Value, _ body: (PyNativeAwaitable) throws(PyException) -> RunResult
  ) throws(PyException) -> Value {
    guard let awaitable = v.as(PyNativeAwaitable.self) else { return .none }
    switch try body(awaitable) {
    case .yielded(let y): return y
    case .returned(let r): throw PyException.stopIteration(r)
    }
  }
}
