/// Resuming, suspending and finishing generator and coroutine frames, and
/// the delegation of `yield from`/`await` to objects that are not native
/// generators. The dispatch loop resumes generators inline (no Swift
/// recursion) for `for` loops and `yield from`/`await`; Swift code
/// (`next()`, `send()`, the event loop's task steps) uses `resume`.
extension VM {
  /// Prepares `gen` to run with `value` sent in: returns its frame, or nil
  /// when the generator is already finished (the caller treats that as
  /// exhausted). Counts one recursion level, which the frame gives back
  /// when it yields or finishes.
  func startResuming(_ gen: PyGenerator, sending value: Value, delegation: Bool) throws(PyException) -> Unmanaged<Frame>? {
    switch gen.state {
    case .running:
      throw PyException.valueError("\(gen.kindName) already executing")
    case .finished:
      if gen.kind == .coroutine {
        throw PyException.runtimeError("cannot reuse already awaited coroutine")
      }
      return nil
    case .created:
      if !value.isNone {
        throw PyException.typeError("can't send non-None value to a just-started \(gen.kindName)")
      }
    case .suspended:
      break
    }
    // CPython starts the frame before its recursion check fails: a
    // generator or coroutine resumed at the limit counts as started (no
    // "never awaited" warning) and is finished by the RecursionError.
    gen.warnedOrConsumed = true
    gen.leaveRegistry()
    do throws(PyException) {
      try enterRecursion()
    } catch {
      gen.state = .finished
      throw error
    }
    if gen.state == .suspended { gen.frame.push(value) }
    gen.state = .running
    gen.isDelegating = false
    handledExceptions.push(gen.savedException.take())
    return gen.frameLink
  }

  /// Marks the generator owning `frame` as suspended at a yield.
  @inline(__always)
  func suspendFrame(_ frame: Frame, delegating: Bool) {
    guard let link = frame.generatorLink else { return }
    link._withUnsafeGuaranteedRef { gen in
      gen.state = .suspended
      gen.isDelegating = delegating
      // Resuming moved the entry out (`take()`), so the field is nil here:
      // storing only a real exception saves releasing that nil.
      if let e = handledExceptions.pop() { gen.savedException = e }
    }
  }

  /// Marks the generator owning `frame` (if any) as finished normally.
  func finishFrame(_ frame: Frame) {
    guard let gen = frame.generator else { return }
    gen.state = .finished
    gen.savedException = nil
    if handledExceptions.count > 1 { _ = handledExceptions.pop() }
  }

  /// Marks the generator owning `frame` as finished by `exc`, and returns
  /// the exception to propagate: PEP 479 turns a StopIteration escaping a
  /// generator into RuntimeError.
  func finishFrame(_ frame: Frame, raising exc: PyException) -> PyException {
    guard let gen = frame.generator else { return exc }
    finishFrame(frame)
    if exc.isInstance(of: BuiltinTypes.stopIteration) {
      let replaced = PyException.runtimeError("\(gen.kindName) raised StopIteration")
      replaced.cause = exc
      replaced.context = exc
      replaced.suppressContext = true
      return replaced
    }
    if gen.kind == .asyncGenerator && exc.isInstance(of: BuiltinTypes.stopAsyncIteration) {
      let replaced = PyException.runtimeError("async generator raised StopAsyncIteration")
      replaced.cause = exc
      replaced.context = exc
      replaced.suppressContext = true
      return replaced
    }
    return exc
  }

  // MARK: - From Swift

  /// Sends `value` into `gen` and runs it to its next yield or its end.
  /// A finished generator reports `.returned(None)`.
  func resume(_ gen: PyGenerator, sending value: Value) throws(PyException) -> RunResult {
    guard let frame = try startResuming(gen, sending: value, delegation: false) else {
      return .returned(.none)
    }
    leaveRecursion()  // `run` counts the entry frame itself.
    return try run(frame.takeUnretainedValue())
  }

  /// Raises `exc` inside `gen` at its yield (`gen.throw(exc)`), passing it
  /// first to the object it delegates to, as CPython's `_gen_throw`.
  func throwInto(_ gen: PyGenerator, _ exc: PyException) throws(PyException) -> RunResult {
    switch gen.state {
    case .running:
      throw PyException.valueError("\(gen.kindName) already executing")
    case .finished:
      throw exc
    case .created:
      // The body never starts: the exception ends the generator at once.
      gen.state = .finished
      gen.warnedOrConsumed = true
      throw exc
    case .suspended:
      break
    }
    if let delegate = gen.delegate {
      let outcome: RunResult
      do throws(PyException) {
        if let inner = delegate.as(PyGenerator.self) {
          outcome = try throwInto(inner, exc)
        } else if let throwMethod = try throwMethod(of: delegate) {
          outcome = try delegateResult { () throws(PyException) -> Value in
            try call(throwMethod, [.object(exc)])
          }
        } else {
          return try resumeRaising(gen, exc)
        }
      } catch {
        // The delegate did not handle it: it surfaces at the `await`.
        return try resumeRaising(gen, error)
      }
      switch outcome {
      case .yielded:
        return outcome
      case .returned(let r):
        return try resumeAfterDelegate(gen, result: r)
      }
    }
    return try resumeRaising(gen, exc)
  }

  /// `gen.close()`: GeneratorExit at the yield; the generator must not
  /// yield again.
  func close(_ gen: PyGenerator) throws(PyException) {
    guard gen.state == .suspended else {
      if gen.state == .created {
        gen.state = .finished
        gen.warnedOrConsumed = true
      }
      return
    }
    let exit = PyException(type: BuiltinTypes.generatorExit, args: [])
    do throws(PyException) {
      switch try throwInto(gen, exit) {
      case .yielded:
        throw PyException.runtimeError("\(gen.kindName) ignored GeneratorExit")
      case .returned:
        return
      }
    } catch {
      if error === exit || error.isInstance(of: BuiltinTypes.generatorExit)
        || error.isInstance(of: BuiltinTypes.stopIteration)
      {
        return
      }
      throw error
    }
  }

  private func resumeRaising(_ gen: PyGenerator, _ exc: PyException) throws(PyException) -> RunResult {
    try enterRecursion()
    leaveRecursion()
    gen.state = .running
    gen.isDelegating = false
    handledExceptions.push(gen.savedException.take())
    return try run(gen.frame, throwing: exc)
  }

  /// Resumes a generator whose delegate has just returned `result`: the
  /// `yield from` expression evaluates to it (the delegate is popped and
  /// execution continues after the delegation loop).
  private func resumeAfterDelegate(_ gen: PyGenerator, result: Value) throws(PyException) -> RunResult {
    let frame = gen.frame
    let code = frame.code
    // After `yieldValue 1` comes `jump send`, and the send's operand is
    // the loop's exit.
    guard frame.ip < code.instructions.count else { return .returned(result) }
    let jump = code.instructions[frame.ip]
    guard jump.opcode == .jump, jump.arg < code.instructions.count else { return .returned(result) }
    let send = code.instructions[jump.arg]
    _ = frame.pop()
    frame.push(result)
    frame.ip = send.arg
    gen.state = .running
    gen.isDelegating = false
    handledExceptions.push(gen.savedException.take())
    return try run(frame)
  }

  // MARK: - Delegation to other objects

  /// One step of `yield from`/`await` into a delegate that is not a native
  /// generator: a Swift awaitable, a Swift iterator, or a Python object
  /// with `send`/`__next__`.
  func sendToDelegate(_ delegate: Value, _ value: Value) throws(PyException) -> RunResult {
    guard case .object(let o) = delegate else {
      throw PyException.typeError("'\(delegate.typeName)' object is not an iterator")
    }
    if let awaitable = o as? PyNativeAwaitable {
      return try awaitable.send(self, value)
    }
    if let it = o as? PyIteratorBase, value.isNone {
      if let v = try it.next(self) { return .yielded(v) }
      return .returned(.none)
    }
    if value.isNone {
      return try delegateResult { () throws(PyException) -> Value in
        guard let next = o.type.lookup(Names.next) else {
          throw PyException.typeError("'\(delegate.typeName)' object is not an iterator")
        }
        return try callMethod(next, delegate, [])
      }
    }
    return try delegateResult { () throws(PyException) -> Value in
      try call(try getAttribute(delegate, Names.send), [value])
    }
  }

  /// Runs a Python-level step and turns StopIteration into `.returned`.
  private func delegateResult(_ step: () throws(PyException) -> Value) throws(PyException) -> RunResult {
    do throws(PyException) {
      return .yielded(try step())
    } catch {
      if error.isInstance(of: BuiltinTypes.stopIteration) {
        return .returned(error.args.first ?? .none)
      }
      throw error
    }
  }

  private func throwMethod(of delegate: Value) throws(PyException) -> Value? {
    if case .object(let o) = delegate, let awaitable = o as? PyNativeAwaitable {
      return .object(PyBuiltinFunction(name: "throw") { (vm: VM, args: Args) throws(PyException) -> Value in
        guard args.count >= 1, let exc = args[0].as(PyException.self) else {
          throw PyException.typeError("throw() expects an exception")
        }
        switch try awaitable.throwIn(vm, exc) {
        case .yielded(let v): return v
        case .returned(let r): throw PyException.stopIteration(r)
        }
      })
    }
    return try getAttributeIfPresent(delegate, Names.throwName)
  }

  /// `yield from x`: x's iterator; a coroutine only inside a coroutine.
  func yieldFromIterator(_ v: Value, inCoroutine: Bool) throws(PyException) -> Value {
    if let g = v.as(PyGenerator.self) {
      if g.kind == .coroutine && !inCoroutine {
        throw PyException.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
      }
      return v
    }
    return try getIterator(v)
  }

  /// `await x`: the iterator that drives the await (CPython's
  /// `_PyCoro_GetAwaitableIter` with GET_AWAITABLE's error messages).
  func awaitableIterator(_ v: Value, context: Int) throws(PyException) -> Value {
    if case .object(let o) = v {
      if let g = o as? PyGenerator {
        if g.kind == .coroutine {
          if g.delegate != nil || g.state == .running {
            throw PyException.runtimeError("coroutine is being awaited already")
          }
          return v
        }
      }
      if let awaitable = o as? PyAwaitableObject {
        return try awaitable.awaitIterator(self)
      }
      if o is PyNativeAwaitable { return v }
      if let m = o.type.lookup(Names.await) {
        let it = try callMethod(m, v, [])
        if let g = it.as(PyGenerator.self), g.kind == .coroutine {
          throw PyException.typeError("__await__() returned a coroutine")
        }
        guard isIterator(it) || it.as(PyNativeAwaitable.self) != nil else {
          throw PyException.typeError("__await__() returned non-iterator of type '\(it.typeName)'")
        }
        return it
      }
    }
    switch context {
    case 1:
      throw PyException.typeError(
        "'async with' received an object from __aenter__ that does not implement __await__: \(v.typeName)")
    case 2:
      throw PyException.typeError(
        "'async with' received an object from __aexit__ that does not implement __await__: \(v.typeName)")
    default:
      throw PyException.typeError("object \(v.typeName) can't be used in 'await' expression")
    }
  }

  // MARK: - with

  /// `with`'s look-ups: the bound `__exit__` and the `__enter__` to call
  /// on `manager` (the dispatch loop runs a Python `__enter__` in place).
  func withMethods(_ manager: Value) throws(PyException) -> (exit: Value, enter: Value) {
    let type = manager.type
    guard let enter = type.lookup(Names.enter) else {
      throw PyException.typeError(
        "'\(type.name)' object does not support the context manager protocol")
    }
    guard let exit = type.lookup(Names.exit) else {
      throw PyException.typeError(
        "'\(type.name)' object does not support the context manager protocol (missed __exit__ method)")
    }
    return (.object(PyBoundMethod(function: exit, selfValue: manager)), enter)
  }

  func beforeAsyncWith(_ manager: Value) throws(PyException) -> (exit: Value, entered: Value) {
    let type = manager.type
    guard let enter = type.lookup(Names.aenter) else {
      throw PyException.typeError(
        "'\(type.name)' object does not support the asynchronous context manager protocol")
    }
    guard let exit = type.lookup(Names.aexit) else {
      throw PyException.typeError(
        "'\(type.name)' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
    }
    let boundExit = Value.object(PyBoundMethod(function: exit, selfValue: manager))
    let entered = try callMethod(enter, manager, [])
    return (boundExit, entered)
  }

  /// `__exit__(type, value, traceback)` for an exception leaving a `with`.
  func callExit(_ exit: Value, _ exc: Value) throws(PyException) -> Value {
    let type: Value = exc.as(PyException.self).map { .object($0.type) } ?? .none
    return try call(exit, [type, exc, .none])
  }

  // MARK: - async for

  func asyncIterator(_ v: Value) throws(PyException) -> Value {
    if let g = v.as(PyGenerator.self), g.kind == .asyncGenerator { return v }
    guard let m = v.type.lookup(Names.aiter) else {
      throw PyException.typeError(
        "'async for' requires an object with __aiter__ method, got \(v.typeName)")
    }
    let iterator = try callMethod(m, v, [])
    if let g = iterator.as(PyGenerator.self), g.kind == .asyncGenerator { return iterator }
    guard iterator.type.lookup(Names.anext) != nil else {
      throw PyException.typeError(
        "'async for' received an object from __aiter__ that does not implement __anext__: \(iterator.typeName)")
    }
    return iterator
  }

  func asyncNext(_ iterator: Value) throws(PyException) -> Value {
    if let g = iterator.as(PyGenerator.self), g.kind == .asyncGenerator {
      initAsyncGeneratorHooks(g)
      return .object(PyAsyncGenStep(g, mode: .send(.none)))
    }
    guard let m = iterator.type.lookup(Names.anext) else {
      throw PyException.typeError(
        "'async for' requires an iterator with __anext__ method, got \(iterator.typeName)")
    }
    let awaitable = try callMethod(m, iterator, [])
    do throws(PyException) {
      return try awaitableIterator(awaitable, context: 0)
    } catch {
      throw PyException.typeError(
        "'async for' received an invalid object from __anext__: \(awaitable.typeName)")
    }
  }
}

/// An object implemented in Swift that `await` can drive step by step (a
/// Future's await iterator, `asyncio.sleep`'s coroutine, an async
/// generator's `__anext__` step).
class PyNativeAwaitable: PyObject {
  func send(_ vm: VM, _ value: Value) throws(PyException) -> RunResult {
    .returned(.none)
  }

  func throwIn(_ vm: VM, _ exc: PyException) throws(PyException) -> RunResult {
    throw exc
  }
}

/// Objects whose `await` makes a separate iterator (Futures and Tasks).
protocol PyAwaitableObject: AnyObject {
  func awaitIterator(_ vm: VM) throws(PyException) -> Value
}

/// A value yielded by an async generator, as opposed to a value its
/// `await`s pass up to the event loop.
final class PyAsyncGenWrappedValue: PyObject {
  let value: Value

  init(_ value: Value) {
    self.value = value
  }
}

/// One `__anext__()`/`asend()`/`athrow()` of an async generator: runs the
/// generator until it yields a wrapped value (the step's result, raised as
/// StopIteration) or passes up an awaited value to the event loop.
final class PyAsyncGenStep: PyNativeAwaitable {
  enum Mode {
    case send(Value)
    case throwing(PyException)
  }

  let generator: PyGenerator
  private var mode: Mode?

  init(_ generator: PyGenerator, mode: Mode) {
    self.generator = generator
    self.mode = mode
  }

  override var type: PyType { BuiltinTypes.asyncGeneratorASend }

  override func send(_ vm: VM, _ value: Value) throws(PyException) -> RunResult {
    let result: RunResult
    if let m = mode {
      mode = nil
      switch m {
      case .send(let v):
        if generator.state == .finished {
          throw PyException(type: BuiltinTypes.stopAsyncIteration, args: [])
        }
        result = try vm.resume(generator, sending: v)
      case .throwing(let e):
        result = try vm.throwInto(generator, e)
      }
    } else {
      result = try vm.resume(generator, sending: value)
    }
    return try interpret(result)
  }

  override func throwIn(_ vm: VM, _ exc: PyException) throws(PyException) -> RunResult {
    mode = nil
    return try interpret(try vm.throwInto(generator, exc))
  }

  private func interpret(_ result: RunResult) throws(PyException) -> RunResult {
    switch result {
    case .yielded(let v):
      if let wrapped = v.as(PyAsyncGenWrappedValue.self) {
        return .returned(wrapped.value)
      }
      return .yielded(v)
    case .returned:
      throw PyException(type: BuiltinTypes.stopAsyncIteration, args: [])
    }
  }
}
