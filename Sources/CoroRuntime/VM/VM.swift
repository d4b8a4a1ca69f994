/// The state of one thread of Python execution, and the dispatch loop that
/// runs it (in `VM+Dispatch.swift`).
///
/// Everything shared between threads (modules, builtins, output, the event
/// loop's clock) belongs to the `Interpreter`; a `VM` holds only what
/// CPython keeps per thread: the stack of exceptions being handled, the
/// recursion depth, and the frame it is running.
final class VM {
  /// Unsafe-unowned: the interpreter owns its VMs and outlives them, and a
  /// checked `unowned` load would take the runtime's slow path on every
  /// access (`Interpreter.current` holds the interpreter weakly, which gives
  /// it a side table).
  unowned(unsafe) let interpreter: Interpreter
  /// The builtins module's dict, held directly: global loads that fall
  /// through to builtins read it on every call.
  let builtins: PyDict

  /// CPython's `exc_info` stack (see HandledExceptions). Generators push
  /// their own entry while they run.
  var handledExceptions = HandledExceptions()

  /// Active Python frames plus nested native calls into Python, checked
  /// against the recursion limit so that no program can exhaust the Swift
  /// stack.
  var depth = 0
  var recursionLimit = Limits.defaultRecursionLimit
  /// Nested runs of the dispatch loop and other native recursion (each
  /// uses Swift stack, unlike Python-to-Python calls, which do not):
  /// bounded by `Limits.maximumNativeDepth` whatever `recursionLimit` says.
  var nativeDepth = 0

  /// The innermost frame being run (updated when frames switch), for
  /// `super()`, warnings and tracebacks of native code. Not an owning
  /// reference: the dispatch loop owns its frames and resets this before
  /// they go.
  unowned(unsafe) var frame: Frame?

  /// Containers whose repr is being built, so that a list containing
  /// itself prints as `[...]` (CPython's Py_ReprEnter).
  var reprInProgress: Set<ObjectIdentifier> = []

  /// The name of a worker thread's VM; nil for the main thread.
  var threadName: String?

  /// This thread's running and current event loops (per thread, as in
  /// CPython).
  var eventLoops = ThreadEventLoops()

  /// `threading.get_ident()` of this VM's thread, looked up once (locks
  /// ask on every acquire and release).
  var threadIdent: Int {
    if let ident = cachedThreadIdent { return ident }
    let ident = interpreter.threads.thread(of: self).ident
    cachedThreadIdent = ident
    return ident
  }
  private var cachedThreadIdent: Int?

  init(interpreter: Interpreter) {
    self.interpreter = interpreter
    self.builtins = interpreter.builtinsDict
  }

  deinit {
    handledExceptions.deallocate()
  }

  /// The exception being handled, as `sys.exc_info()` sees it.
  var currentHandledException: PyException? {
    handledExceptions.innermostException
  }

  // MARK: - Recursion

  @inline(__always)
  func enterRecursion() throws(PyException) {
    depth += 1
    if depth > recursionLimit {
      depth -= 1
      throw PyException.recursionError("maximum recursion depth exceeded")
    }
  }

  @inline(__always)
  func leaveRecursion() {
    depth -= 1
  }

  /// Every so often (see the dispatch loop): Ctrl-C becomes
  /// KeyboardInterrupt on the main thread, and other runnable threads get
  /// their turn.
  func periodicCheck() throws(PyException) {
    let threads = interpreter.threads
    if threads.hasOtherThreads {
      try threads.periodicCheck(threads.thread(of: self))
      return
    }
    if SignalState.interruptPending && isMainThread {
      SignalState.interruptPending = false
      throw PyException(type: BuiltinTypes.keyboardInterrupt, args: [])
    }
  }

  /// Runs `body` one native recursion level deeper (repr of nested
  /// containers, comparisons of nested lists...), with CPython's message
  /// suffix when the limit is hit.
  func withRecursionGuard<T>(_ suffix: String, _ body: () throws(PyException) -> T) throws(PyException) -> T {
    depth += 1
    nativeDepth += 1
    defer {
      depth -= 1
      nativeDepth -= 1
    }
    if depth > recursionLimit || nativeDepth > Limits.maximumNativeDepth {
      throw PyException.recursionError("maximum recursion depth exceeded" + suffix)
    }
    return try body()
  }
}

/// Named limits, each tied to the Python exception it raises.
enum Limits {
  /// `sys.getrecursionlimit()`; past it: RecursionError.
  static let defaultRecursionLimit = 1000
  /// Past this many nested native-to-Python calls the Swift stack would be
  /// at risk even on the interpreter's large-stack thread; RecursionError,
  /// even when `sys.setrecursionlimit` allowed more.
  static let maximumNativeDepth = 4000
}
