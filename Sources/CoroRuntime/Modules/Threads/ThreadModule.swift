/// `_thread`: the native primitives the `threading` and
/// `concurrent.futures` modules are written on — starting a thread of
/// Python execution, locks, thread identity. Every blocking operation goes
/// through the ThreadCoordinator, which decides deterministically which
/// thread runs.
enum ThreadModule {
  /// Made, methods included, once per process (a static's initializer
  /// runs once, whichever thread gets there first): builtin types are
  /// shared by every interpreter, and interpreters may run in parallel
  /// (the test suite runs many), so nothing may add to a type's dict later.
  static let lockType: PyType = {
    let t = PyType(builtin: "lock", base: BuiltinTypes.object)
    t.module = "_thread"
    installLockMethods(t)
    return t
  }()

  static func make(_ vm: VM) throws(PyException) -> PyModule {
    let m = ModuleRegistry.module("_thread", [
      ("start_new_thread", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("start_new_thread", 2, 4)
        let function = a[0]
        guard let tuple = a[1].as(PyTuple.self) else {
          throw PyException.typeError("2nd arg must be a tuple")
        }
        let name = a.count >= 4 ? try vm.str(a[3]) : "Thread"
        let thread = vm.interpreter.startThread(name: name) { (worker: VM) in
          do throws(PyException) {
            _ = try worker.call(function, tuple.items)
          } catch {
            if !error.isInstance(of: BuiltinTypes.systemExit) {
              worker.interpreter.writeUnraisable(error, context: "Unhandled exception in thread started by \((try? worker.repr(function)) ?? "?")")
            }
          }
        }
        return .int(thread.ident)
      }),
      ("allocate_lock", { (vm: VM, args: Args) throws(PyException) -> Value in
        .object(PyLock())
      }),
      ("get_ident", { (vm: VM, args: Args) throws(PyException) -> Value in
        .int(vm.threadIdent)
      }),
      ("_thread_name", { (vm: VM, args: Args) throws(PyException) -> Value in
        .str(vm.currentThreadName)
      }),
      ("_set_thread_object", { (vm: VM, args: Args) throws(PyException) -> Value in
        vm.interpreter.threads.thread(of: vm).pythonObject = try args.one("_set_thread_object")
        return .none
      }),
      ("_thread_object", { (vm: VM, args: Args) throws(PyException) -> Value in
        vm.interpreter.threads.thread(of: vm).pythonObject
      }),
      ("_join", { (vm: VM, args: Args) throws(PyException) -> Value in
        let a = try args.positional("_join", 1, 2)
        let ident = try vm.intArgument(a[0])
        let coordinator = vm.interpreter.threads
        guard let target = coordinator.threads.first(where: { $0.ident == ident }) else { return .none }
        var deadline: Int64?
        if a.count == 2, !a[1].isNone, let seconds = try vm.floatOperand(a[1]) {
          deadline = vm.interpreter.clock.monotonicNanoseconds + PyEventLoop.nanoseconds(max(seconds, 0))
        }
        try coordinator.join(coordinator.thread(of: vm), target, until: deadline)
        return .none
      }),
      ("_is_alive", { (vm: VM, args: Args) throws(PyException) -> Value in
        let ident = try vm.intArgument(try args.one("_is_alive"))
        return .bool(vm.interpreter.threads.threads.contains { $0.ident == ident && $0.isAlive })
      }),
      ("_count", { (vm: VM, args: Args) throws(PyException) -> Value in
        .int(vm.interpreter.threads.threads.count - 1)
      }),
      ("_main_ident", { (vm: VM, args: Args) throws(PyException) -> Value in
        .int(vm.interpreter.threads.mainThread.ident)
      }),
    ])
    m.dict.setString("LockType", .object(lockType))
    m.dict.setString("RLock", .object(PyRLock.type))
    m.dict.setString("error", .object(BuiltinTypes.runtimeError))
    m.dict.setString("TIMEOUT_MAX", .float(9_223_372_036.0))
    return m
  }

  /// CPython's `lock_acquire_parse_args`, shared by lock and RLock.
  static func lockAcquireArguments(_ vm: VM, _ args: Args) throws(PyException) -> (blocking: Bool, timeout: Double) {
    let bound = try args.bind("acquire", ["blocking", "timeout"])
    let blocking = try bound[0].map { (b: Value) throws(PyException) -> Bool in try vm.isTrue(b) } ?? true
    var timeout: Double = -1
    if let t = bound[1] {
      guard let d = try vm.floatOperand(t) else {
        throw PyException.typeError("'\(t.typeName)' object cannot be interpreted as an integer")
      }
      timeout = d
    }
    if !blocking && timeout != -1 {
      throw PyException.valueError("can't specify a timeout for a non-blocking call")
    }
    if timeout < 0 && timeout != -1 {
      throw PyException.valueError("timeout value must be positive")
    }
    return (blocking, timeout)
  }

  private static func installLockMethods(_ lockType: PyType) {
    lockType.addMethod("acquire") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let (blocking, timeout) = try lockAcquireArguments(vm, args)
      guard let lock = v.as(PyLock.self) else { return .bool(false) }
      return .bool(try lock.acquire(vm, blocking: blocking, timeout: timeout))
    }
    lockType.addMethod("release") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("release")
      try v.as(PyLock.self)?.release(vm)
      return .none
    }
    lockType.addMethod("locked") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .bool(v.as(PyLock.self)?.isLocked ?? false)
    }
    lockType.addMethod("__enter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let lock = v.as(PyLock.self) else { return .bool(false) }
      return .bool(try lock.acquire(vm, blocking: true, timeout: -1))
    }
    lockType.addMethod("__exit__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try v.as(PyLock.self)?.release(vm)
      return .none
    }
  }
}

/// `_thread.lock`. As in CPython, releasing does not hand the lock to a
/// waiter: it unlocks and wakes the first waiter, which takes the lock if
/// it is still free when it runs, and else waits again at the head of the
/// queue. A thread that releases and re-acquires a lock in a loop (a
/// worker around its queue's condition) therefore keeps going, instead of
/// passing the interpreter lock back and forth on every iteration (a lock
/// convoy).
final class PyLock: PyObject {
  private(set) var isLocked = false
  private var waiters: [InterpThread] = []

  override var type: PyType { ThreadModule.lockType }

  func acquire(_ vm: VM, blocking: Bool, timeout: Double) throws(PyException) -> Bool {
    if !isLocked {
      isLocked = true
      return true
    }
    if !blocking { return false }
    let coordinator = vm.interpreter.threads
    let me = coordinator.thread(of: vm)
    var deadline: Int64?
    if timeout >= 0 {
      deadline = vm.interpreter.clock.monotonicNanoseconds + PyLock.timeoutNanoseconds(timeout)
    }
    if !coordinator.hasOtherThreads {
      // Nobody can release it: wait out the timeout (or, like CPython,
      // for ever, until Ctrl-C).
      if let deadline {
        vm.interpreter.clock.advance(toMonotonic: deadline)
        return false
      }
      while !SignalState.interruptPending { Clock.sleepReal(nanoseconds: 50_000_000) }
      SignalState.interruptPending = false
      throw PyException(type: BuiltinTypes.keyboardInterrupt, args: [])
    }
    waiters.append(me)
    while true {
      let woken: Bool
      do throws(PyException) {
        woken = try coordinator.block(me, until: deadline)
      } catch {
        waiters.removeAll { $0 === me }
        throw error
      }
      if !isLocked {
        waiters.removeAll { $0 === me }
        isLocked = true
        return true
      }
      if !woken {
        // The timeout passed first.
        waiters.removeAll { $0 === me }
        return false
      }
      // Another thread took the lock before this one ran: wait again, first
      // in line.
      waiters.insert(me, at: 0)
    }
  }

  /// A wait's timeout in nanoseconds, rounded up (at least 1 ns when it is
  /// positive). Callers that loop until a deadline of their own, as
  /// `queue.get(timeout=...)` does with `endtime - monotonic()`, are left
  /// with a remainder below a nanosecond by float rounding: on the virtual
  /// clock, waiting 0 ns would not move the clock and the loop would spin
  /// for ever.
  static func timeoutNanoseconds(_ seconds: Double) -> Int64 {
    guard seconds > 0 else { return 0 }
    if seconds >= 9e9 { return Int64.max / 4 }
    return max(1, Int64((seconds * 1e9).rounded(.up)))
  }

  func release(_ vm: VM) throws(PyException) {
    guard isLocked else { throw PyException.runtimeError("release unlocked lock") }
    isLocked = false
    if !waiters.isEmpty {
      vm.interpreter.threads.wake(waiters.removeFirst())
    }
  }
}

extension Interpreter {
  /// Starts a new thread of Python execution running `body` with its own
  /// VM; names thread-pool workers and `threading.Thread`s.
  func startThread(name: String, daemon: Bool = false, _ body: @escaping @Sendable (VM) -> Void) -> InterpThread {
    let vm = VM(interpreter: self)
    vm.threadName = name
    let coordinator = threads
    let thread = InterpThread(vm: vm, ident: coordinator.makeIdent(), name: name, isMain: false, daemon: daemon)
    coordinator.start(thread) { body(vm) }
    return thread
  }
}
