/// A generator, coroutine or async generator: a suspended frame.
///
/// Generators and coroutines share one mechanism (as in CPython, where
/// coroutines are built on generators): the frame stops at `yield` (or at
/// the `yield` inside an `await`'s delegation loop) and resumes there when
/// someone sends a value in. States, as CPython's `gi_frame_state`:
///
///   created    the body has not started; only `None` may be sent in
///   suspended  stopped at a yield, waiting for a value or an exception
///   running    its frame is executing (sending in again is an error)
///   finished   returned or raised; the frame is spent
final class PyGenerator: PyObject, RegistryLinked {
  enum Kind {
    case generator, coroutine, asyncGenerator
  }

  enum State {
    case created, suspended, running, finished
  }

  let kind: Kind
  let frame: Frame
  /// `frame` again, for the dispatch loop to switch to without a retain
  /// and a release (the generator keeps the frame alive).
  let frameLink: Unmanaged<Frame>
  var state: State = .created
  var name: String
  var qualifiedName: String
  /// The handled-exception entry of this generator's frame while it is
  /// suspended (CPython's gi_exc_state).
  var savedException: PyException?
  /// True while suspended inside `yield from`/`await`: the delegate is on
  /// top of the frame's stack (CPython's gi_yieldfrom).
  var isDelegating = false
  /// Where it was created, for the "never awaited" warning.
  let filename: String
  let definitionLine: Int
  /// Set by the runtime when the coroutine is wrapped in a Task or
  /// otherwise consumed, to silence the "never awaited" warning.
  var warnedOrConsumed = false
  /// Links of the interpreter's registry of unstarted coroutines.
  unowned(unsafe) var registryPrevious: PyGenerator?
  unowned(unsafe) var registryNext: PyGenerator?
  var isRegistered = false
  /// The registry this coroutine is in, so that it leaves the right one
  /// whichever thread frees it. (An async generator uses the same links
  /// for its loop's registry of live async generators.)
  private var registry: LiveObjectRegistry<PyGenerator>?
  /// An async generator's first `__anext__`/`asend`/`athrow`/`aclose` has
  /// run the loop's "first iteration" hook (CPython's ag_hooks_inited).
  var asyncHooksInitialized = false
  /// The loop whose finalizer hook an async generator took at its first
  /// iteration: if it dies suspended, that loop closes it with aclose().
  var finalizerLoop: PyEventLoop?

  init(frame: Frame, function: PyFunction) {
    let flags = function.code.flags
    if flags.contains(.asyncGenerator) {
      kind = .asyncGenerator
    } else if flags.contains(.coroutine) || flags.contains(.topLevelAwait) {
      kind = .coroutine
    } else {
      kind = .generator
    }
    self.frame = frame
    frameLink = Unmanaged.passUnretained(frame)
    name = function.name
    qualifiedName = function.qualifiedName
    filename = function.code.object.filename
    definitionLine = function.code.object.firstLine
    super.init()
    frame.generator = self
    if kind == .coroutine, let registry = Interpreter.current?.unstartedCoroutines {
      registry.insert(self)
      self.registry = registry
    }
  }

  /// A generator that takes over the frame of one being deallocated, so
  /// that the frame can still be closed (its `finally` blocks run).
  init(adopting other: PyGenerator) {
    kind = other.kind
    frame = other.frame
    frameLink = other.frameLink
    state = other.state
    name = other.name
    qualifiedName = other.qualifiedName
    savedException = other.savedException
    isDelegating = other.isDelegating
    filename = other.filename
    definitionLine = other.definitionLine
    warnedOrConsumed = true
    asyncHooksInitialized = other.asyncHooksInitialized
    finalizerLoop = other.finalizerLoop
    super.init()
    frame.generator = self
  }

  override var type: PyType {
    switch kind {
    case .generator: return BuiltinTypes.generator
    case .coroutine: return BuiltinTypes.coroutine
    case .asyncGenerator: return BuiltinTypes.asyncGenerator
    }
  }

  /// Joins `registry` (an async generator joining its loop's registry).
  func join(_ registry: LiveObjectRegistry<PyGenerator>) {
    guard !isRegistered else { return }
    registry.insert(self)
    self.registry = registry
  }

  /// Leaves the registry of unstarted coroutines (it has started, or was
  /// consumed another way).
  func leaveRegistry() {
    // An async generator stays in its loop's registry until it dies.
    if isRegistered && kind == .coroutine { registry?.remove(self) }
  }

  /// The object this generator is delegating to, while suspended in
  /// `yield from` or `await`.
  var delegate: Value? {
    guard state == .suspended, isDelegating, frame.sp > frame.code.localCount else { return nil }
    return frame.top
  }

  /// The word CPython's messages use for this kind.
  var kindName: String {
    switch kind {
    case .generator: return "generator"
    case .coroutine: return "coroutine"
    case .asyncGenerator: return "async generator"
    }
  }

  deinit {
    if isRegistered { registry?.remove(self) }
    GeneratorFinalizer.finalize(self)
    // Unless a stand-in adopted the frame, nothing may reach this object
    // through it any more.
    if frame.generator === self { frame.generator = nil }
  }
}
