extension BuiltinTypes {
  /// The methods of generators, coroutines and async generators.
  static func installGenerators() {
    for t in [generator, coroutine, asyncGenerator] {
      t.addGetter("__name__") { (vm: VM, v: Value) throws(PyException) -> Value in
        .str(v.as(PyGenerator.self)?.name ?? "")
      }
      t.addGetter("__qualname__") { (vm: VM, v: Value) throws(PyException) -> Value in
        .str(v.as(PyGenerator.self)?.qualifiedName ?? "")
      }
    }
    for t in [generator, coroutine] {
      t.addMethod("send") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let value = try args.one("send")
        guard let g = v.as(PyGenerator.self) else { return .none }
        switch try vm.resume(g, sending: value) {
        case .yielded(let y): return y
        case .returned(let r): throw PyException.stopIteration(r)
        }
      }
      t.addMethod("throw") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let a = try args.positional("throw", 1, 3)
        guard let g = v.as(PyGenerator.self) else { return .none }
        let exc: PyException
        if let e = a[0].as(PyException.self) {
          exc = e
        } else if let t = a[0].as(PyType.self), t.isSubtype(of: baseException) {
          if a.count >= 2, let e = a[1].as(PyException.self) {
            exc = e
          } else {
            exc = try vm.makeException(a.count >= 2 && !a[1].isNone
              ? try vm.call(a[0], [a[1]]) : a[0])
          }
        } else {
          throw PyException.typeError(
            "exceptions must be classes or instances deriving from BaseException, not \(a[0].typeName)")
        }
        switch try vm.throwInto(g, exc) {
        case .yielded(let y): return y
        case .returned(let r): throw PyException.stopIteration(r)
        }
      }
      t.addMethod("close") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        try args.none("close")
        if let g = v.as(PyGenerator.self) { try vm.close(g) }
        return .none
      }
    }
    generator.addMethod("__next__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let g = v.as(PyGenerator.self) else { return .none }
      switch try vm.resume(g, sending: .none) {
      case .yielded(let y): return y
      case .returned(let r): throw PyException.stopIteration(r)
      }
    }
    generator.addMethod("__iter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      v
    }
    generator.addGetter("gi_running") { (vm: VM, v: Value) throws(PyException) -> Value in
      .bool(v.as(PyGenerator.self)?.state == .running)
    }
    generator.addGetter("gi_yieldfrom") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyGenerator.self)?.delegate ?? .none
    }
    coroutine.addGetter("cr_running") { (vm: VM, v: Value) throws(PyException) -> Value in
      .bool(v.as(PyGenerator.self)?.state == .running)
    }
    coroutine.addGetter("cr_await") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyGenerator.self)?.delegate ?? .none
    }
    coroutine.addMethod("__await__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let g = v.as(PyGenerator.self) else { return v }
      return .object(PyCoroutineWrapper(g))
    }
    asyncGenerator.addMethod("__aiter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      v
    }
    asyncGenerator.addMethod("__anext__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let g = v.as(PyGenerator.self) else { return .none }
      vm.initAsyncGeneratorHooks(g)
      return .object(PyAsyncGenStep(g, mode: .send(.none)))
    }
    asyncGenerator.addMethod("asend") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let value = try args.one("asend")
      guard let g = v.as(PyGenerator.self) else { return .none }
      vm.initAsyncGeneratorHooks(g)
      return .object(PyAsyncGenStep(g, mode: .send(value)))
    }
    asyncGenerator.addMethod("athrow") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let a = try args.positional("athrow", 1, 3)
      guard let g = v.as(PyGenerator.self) else { return .none }
      vm.initAsyncGeneratorHooks(g)
      let exc = try vm.makeException(a[0])
      return .object(PyAsyncGenStep(g, mode: .throwing(exc)))
    }
    asyncGenerator.addMethod("aclose") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let g = v.as(PyGenerator.self) else { return .none }
      vm.initAsyncGeneratorHooks(g)
      return .object(PyAsyncGenClose(g))
    }
  }
}

/// `agen.aclose()`: throws GeneratorExit in; done when the generator
/// finishes.
final class PyAsyncGenClose: PyNativeAwaitable {
  let generator: PyGenerator
  private var started = false

  init(_ generator: PyGenerator) {
    self.generator = generator
  }

  override var type: PyType { BuiltinTypes.asyncGeneratorASend }

  override func send(_ vm: VM, _ value: Value) throws(PyException) -> RunResult {
    let result: RunResult
    do throws(PyException) {
      if !started {
        started = true
        if generator.state != .suspended {
          generator.state = .finished
          return .returned(.none)
        }
        result = try vm.throwInto(generator, PyException(type: BuiltinTypes.generatorExit, args: []))
      } else {
        result = try vm.resume(generator, sending: value)
      }
    } catch {
      if error.isInstance(of: BuiltinTypes.generatorExit) || error.isInstance(of: BuiltinTypes.stopAsyncIteration) {
        return .returned(.none)
      }
      throw error
    }
    switch result {
    case .yielded(let v):
      if v.as(PyAsyncGenWrappedValue.self) != nil {
        throw PyException.runtimeError("async generator ignored GeneratorExit")
      }
      return .yielded(v)
    case .returned:
      return .returned(.none)
    }
  }
}

/// What happens when a generator object dies: a coroutine that never ran
/// gets CPython's "never awaited" warning; a suspended generator is closed
/// so its `finally` blocks run (CPython's `_PyGen_Finalize`).
enum GeneratorFinalizer {
  static func finalize(_ gen: PyGenerator) {
    guard let interpreter = Interpreter.current else { return }
    switch gen.state {
    case .created:
      if gen.kind == .coroutine && !gen.warnedOrConsumed {
        interpreter.warnNeverAwaited(gen)
      }
    case .suspended:
      if gen.kind == .asyncGenerator, let loop = gen.finalizerLoop {
        // The loop's finalizer hook: aclose() it in a task, soon.
        loop.scheduleClosing(gen)
        return
      }
      guard let vm = interpreter.mainVM else { return }
      // `gen` is being deallocated and must not be retained: close a
      // stand-in that owns the same frame.
      let standIn = PyGenerator(adopting: gen)
      do throws(PyException) {
        try vm.close(standIn)
      } catch {
        interpreter.writeUnraisable(error, context: "Exception ignored in: <\(gen.kindName) object \(gen.qualifiedName)>")
      }
    case .running, .finished:
      break
    }
  }
}
