import Foundation

// Threads of Python execution (executors, threading.Thread) are real OS
// threads, but only one runs Python code at a time — the holder of the
// interpreter lock — and, unlike CPython's GIL, the lock is never handed
// over by the operating system's timing. This coordinator decides every
// hand-over, deterministically:
//
// - a thread that blocks (time.sleep, a lock, the event loop waiting for
//   work, join) gives the lock to the first runnable thread, in FIFO order;
// - a thread that runs long (every `switchInterval` backward jumps and
//   calls, or every `PyEventLoop.busyIterationsPerSwitch` iterations of an
//   event loop whose ready queue never empties) passes the lock on if
//   others are runnable, so CPU-bound threads interleave but never run in
//   parallel, as under CPython's GIL;
// - a thread that runs long also earns busy time (`passBusyTime`): on the
//   real clock, threads whose deadline has passed meanwhile wake; on the
//   virtual clock, where busy work does not move the clock, the clock
//   jumps to the next deadline once the busy time earned covers the
//   distance to it (Clock.swift), so a loop polling a flag still sees its
//   timers fire and its sleeping workers finish;
// - when no thread is runnable, time moves to the earliest deadline of a
//   sleeping thread, a lock wait with a timeout, or the event loop's next
//   timer — on the virtual clock by jumping, on the real clock by sleeping —
//   and the threads due then become runnable in order of (deadline, kind,
//   arrival). At equal deadlines, sleeping threads wake before the event
//   loop, so a worker that finishes at time T posts its result before the
//   loop runs the timers due at T — the order CPython shows, where the
//   worker's call_soon_threadsafe lands in the ready queue before
//   `_run_once` moves due timers behind it.
//
// So output is the same on every run and on both clocks, the order of a
// thread's own prints is program order, and a worker's `time.sleep(2)` on
// the virtual clock is a deadline two virtual seconds ahead.
//
// Event loops are per thread (each thread's VM knows its running loop),
// and any thread holding the lock may add to any loop's ready queue
// (`call_soon_threadsafe`); `notifyLoop` then wakes the thread waiting in
// that loop.
//
// Ctrl-C: the SIGINT handler sets a flag; whichever thread runs next sees
// it at a safe point and hands the lock to the main thread, which raises
// KeyboardInterrupt from wherever it was blocked. Worker threads are never
// waited for after an interrupt.

/// Schedules the interpreter's threads (see the top of this file).
final class ThreadCoordinator: @unchecked Sendable {
  unowned(unsafe) let interpreter: Interpreter  // see VM.interpreter
  private var mutex = pthread_mutex_t()
  private(set) var threads: [InterpThread] = []
  private(set) var holder: InterpThread?
  private var runQueue: [InterpThread] = []
  private var sequence: UInt64 = 0
  private var nextIdent = 1
  /// Backward jumps and calls between checks for a hand-over.
  static let switchInterval = 2000

  init(interpreter: Interpreter) {
    self.interpreter = interpreter
    pthread_mutex_init(&mutex, nil)
  }

  /// The main thread's record, made on first use.
  private(set) lazy var mainThread: InterpThread = {
    let t = InterpThread(vm: interpreter.mainVM, ident: Int(bitPattern: UInt(pthread_self())), name: "MainThread", isMain: true, daemon: false)
    t.state = .running
    holder = t
    threads.append(t)
    return t
  }()

  /// True when other threads exist, so blocking calls must go through the
  /// scheduler.
  var hasOtherThreads: Bool {
    _ = mainThread
    return threads.count > 1
  }

  /// The thread a VM belongs to.
  func thread(of vm: VM) -> InterpThread {
    if vm === interpreter.mainVM { return mainThread }
    return threads.first { $0.vm === vm } ?? mainThread
  }

  /// Identifiers for new threads (`threading.get_ident()`).
  func makeIdent() -> Int {
    nextIdent += 1
    return 0x7f00_0000_0000 + nextIdent * 0x1000
  }

  // MARK: - Starting and finishing threads

  /// Starts `body` on a new OS thread as a thread of Python execution. It
  /// runs when the scheduler hands it the lock.
  func start(_ thread: InterpThread, _ body: @escaping @Sendable () -> Void) {
    _ = mainThread
    pthread_mutex_lock(&mutex)
    thread.state = .runnable
    threads.append(thread)
    runQueue.append(thread)
    pthread_mutex_unlock(&mutex)
    final class Box: @unchecked Sendable {
      let run: () -> Void
      init(_ run: @escaping () -> Void) { self.run = run }
    }
    let box = Box { [unowned self] in
      self.waitForTurn(thread)
      Interpreter.current = self.interpreter
      body()
      self.finish(thread)
    }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, 64 << 20)
    var id = pthread_t()
    let raw = Unmanaged.passRetained(box).toOpaque()
    let created = pthread_create(&id, &attributes, { raw in
      guard let raw else { return nil }
      // Ctrl-C belongs to the main thread.
      var set = sigset_t()
      sigemptyset(&set)
      sigaddset(&set, SIGINT)
      pthread_sigmask(SIG_BLOCK, &set, nil)
      Unmanaged<Box>.fromOpaque(raw).takeRetainedValue().run()
      return nil
    }, raw)
    pthread_attr_destroy(&attributes)
    if created == 0 {
      pthread_detach(id)
    } else {
      Unmanaged<Box>.fromOpaque(raw).release()
      pthread_mutex_lock(&mutex)
      thread.state = .finished
      runQueue.removeAll { $0 === thread }
      threads.removeAll { $0 === thread }
      pthread_mutex_unlock(&mutex)
    }
  }

  private func waitForTurn(_ me: InterpThread) {
    pthread_mutex_lock(&mutex)
    while holder !== me { pthread_cond_wait(&me.condition, &mutex) }
    pthread_mutex_unlock(&mutex)
  }

  private func finish(_ me: InterpThread) {
    pthread_mutex_lock(&mutex)
    me.state = .finished
    threads.removeAll { $0 === me }
    // Threads joining this one become runnable.
    for t in joiners[ObjectIdentifier(me)] ?? [] { makeRunnable(t) }
    joiners[ObjectIdentifier(me)] = nil
    handOff(from: me, waiting: false)
    pthread_mutex_unlock(&mutex)
  }

  private var joiners: [ObjectIdentifier: [InterpThread]] = [:]

  // MARK: - Blocking (called by the lock holder)

  /// `time.sleep` on thread `me`.
  func sleep(_ me: InterpThread, until deadline: Int64) throws(PyException) {
    pthread_mutex_lock(&mutex)
    sequence &+= 1
    me.waitSequence = sequence
    me.state = .sleeping(deadline)
    handOff(from: me, waiting: true)
    pthread_mutex_unlock(&mutex)
    try checkInterrupt(me)
  }

  /// The event loop `loop`, running on `me` with nothing ready, waits for
  /// its next timer (or, without one, for ever) unless another thread
  /// hands it work first (`notifyLoop`).
  ///
  /// No work can arrive between the loop finding its ready queue empty
  /// and this wait: posting takes the interpreter lock, which `me` holds
  /// until `handOff` below.
  func waitForLoop(_ me: InterpThread, _ loop: PyEventLoop, until deadline: Int64?) throws(PyException) {
    pthread_mutex_lock(&mutex)
    sequence &+= 1
    me.waitSequence = sequence
    me.state = .loopWait(deadline)
    me.waitingLoop = loop
    handOff(from: me, waiting: true)
    me.waitingLoop = nil
    pthread_mutex_unlock(&mutex)
    try checkInterrupt(me)
  }

  /// Work was added to `loop`'s ready queue (`call_soon_threadsafe`):
  /// wakes the thread waiting in that loop, whichever thread it is.
  func notifyLoop(_ loop: PyEventLoop) {
    pthread_mutex_lock(&mutex)
    for t in threads where t.waitingLoop === loop {
      if case .loopWait = t.state { makeRunnable(t) }
    }
    pthread_mutex_unlock(&mutex)
  }

  /// Blocks `me` until `wake` is called for it or the deadline passes;
  /// returns false on timeout.
  func block(_ me: InterpThread, until deadline: Int64?) throws(PyException) -> Bool {
    pthread_mutex_lock(&mutex)
    sequence &+= 1
    me.waitSequence = sequence
    me.timedOut = false
    me.state = .blocked(deadline)
    handOff(from: me, waiting: true)
    let timedOut = me.timedOut
    pthread_mutex_unlock(&mutex)
    try checkInterrupt(me)
    return !timedOut
  }

  /// Makes a blocked thread runnable (a lock was handed to it).
  func wake(_ t: InterpThread) {
    pthread_mutex_lock(&mutex)
    makeRunnable(t)
    pthread_mutex_unlock(&mutex)
  }

  /// `thread.join()` from `me`: blocks until `target` finishes.
  func join(_ me: InterpThread, _ target: InterpThread, until deadline: Int64?) throws(PyException) {
    pthread_mutex_lock(&mutex)
    if case .finished = target.state {
      pthread_mutex_unlock(&mutex)
      return
    }
    if case .new = target.state {
      pthread_mutex_unlock(&mutex)
      return
    }
    joiners[ObjectIdentifier(target), default: []].append(me)
    sequence &+= 1
    me.waitSequence = sequence
    me.timedOut = false
    me.state = .blocked(deadline)
    handOff(from: me, waiting: true)
    joiners[ObjectIdentifier(target)]?.removeAll { $0 === me }
    pthread_mutex_unlock(&mutex)
    try checkInterrupt(me)
  }

  /// Called every `switchInterval` backward jumps and calls: the stretch
  /// of bytecode counts as busy time, the lock passes on when others are
  /// runnable, and Ctrl-C surfaces on the main thread.
  func periodicCheck(_ me: InterpThread) throws(PyException) {
    if SignalState.interruptPending && !me.isMain {
      pthread_mutex_lock(&mutex)
      mainThread.interruptRequested = true
      if !isQueuedOrRunning(mainThread) { makeRunnable(mainThread, front: true) }
      pthread_mutex_unlock(&mutex)
    }
    try passBusyTime(me, cost: ThreadCoordinator.busyStretchCost, offerLock: true)
  }

  /// Virtual time a stretch of `switchInterval` backward jumps and calls
  /// is worth (about what CPython 3.11 spends on as many loop iterations
  /// and calls).
  static let busyStretchCost: Int64 = 100_000

  /// The running thread `me` did busy work worth `cost` nanoseconds
  /// without waiting: threads whose deadline has come wake, and with
  /// `offerLock` (a switch interval has passed) the lock passes to the
  /// first runnable thread, `me` queueing behind it.
  ///
  /// On the virtual clock, deadlines come through busy time (Clock's
  /// `spendBusyTime`): when the threads have been busy for as long as the
  /// next pending event is away (`nextPendingEvent`), the clock jumps
  /// there, the threads due wake in (deadline, kind, arrival) order as in
  /// `scheduleNext`, and `me` lets them run first, as time has passed.
  /// On the real clock, at each switch the threads whose deadline has
  /// passed wake and run before `me`, as under CPython's GIL.
  func passBusyTime(_ me: InterpThread, cost: Int64, offerLock: Bool) throws(PyException) {
    let clock = interpreter.clock
    // On the real clock a thread woken now would wait for the switch
    // anyway, so nothing needs doing between switches.
    if !clock.isVirtual && !offerLock { return }
    pthread_mutex_lock(&mutex)
    var handOver = offerLock
    if clock.isVirtual {
      if clock.spendBusyTime(cost, towards: nextPendingEvent()) {
        wakeDue(now: clock.monotonicNanoseconds)
        handOver = true
      }
    } else {
      wakeDue(now: clock.monotonicNanoseconds)
    }
    if handOver && !runQueue.isEmpty {
      me.state = .runnable
      runQueue.append(me)
      handOff(from: me, waiting: true)
    }
    pthread_mutex_unlock(&mutex)
    try checkInterrupt(me)
  }

  /// The earliest deadline anything waits for: a thread's sleep or timed
  /// wait, and the first timer of every running event loop, whether its
  /// thread waits in it, is busy or was preempted. Every busy thread sees
  /// the same events, so busy time earned by several threads in turn adds
  /// up. Other threads' loops are read under the interpreter lock, which
  /// `me` holds; a timer cancelled since its loop last ran stays on top of
  /// the heap until then, and its deadline may serve as the event.
  private func nextPendingEvent() -> Int64? {
    var next: Int64?
    for t in threads {
      if let d = t.wakeDeadline { next = min(next ?? d, d) }
      if let d = t.vm.eventLoops.running?.scheduled.min?.handle.when { next = min(next ?? d, d) }
    }
    return next
  }

  private func isQueuedOrRunning(_ t: InterpThread) -> Bool {
    if case .running = t.state { return true }
    return runQueue.contains { $0 === t }
  }

  private func checkInterrupt(_ me: InterpThread) throws(PyException) {
    guard me.isMain, me.interruptRequested || SignalState.interruptPending else { return }
    me.interruptRequested = false
    SignalState.interruptPending = false
    throw PyException(type: BuiltinTypes.keyboardInterrupt, args: [])
  }

  // MARK: - Hand-over (mutex held)

  private func makeRunnable(_ t: InterpThread, front: Bool = false) {
    switch t.state {
    case .runnable, .running, .finished, .new: return
    default: break
    }
    t.state = .runnable
    if front { runQueue.insert(t, at: 0) } else { runQueue.append(t) }
  }

  /// Gives the lock to the next thread (advancing time when none is
  /// runnable); with `waiting`, waits until the lock comes back to `me`.
  private func handOff(from me: InterpThread, waiting: Bool) {
    let next = scheduleNext()
    holder = next
    if let next {
      next.state = .running
      if next !== me { pthread_cond_signal(&next.condition) }
    }
    guard waiting else { return }
    while holder !== me { pthread_cond_wait(&me.condition, &mutex) }
  }

  /// The thread to run next. Runs with the mutex held, releasing it only
  /// while real time passes.
  private func scheduleNext() -> InterpThread? {
    while true {
      if SignalState.interruptPending {
        let main = mainThread
        if case .finished = main.state {} else if !isQueuedOrRunning(main) {
          main.interruptRequested = true
          makeRunnable(main, front: true)
        }
      }
      if !runQueue.isEmpty { return runQueue.removeFirst() }
      // Nobody can run: move time to the earliest wake-up.
      var best: (thread: InterpThread, deadline: Int64, rank: Int)?
      for t in threads {
        let wake: (Int64, Int)?
        switch t.state {
        case .sleeping(let d): wake = (d, 0)
        case .blocked(let d?): wake = (d, 0)
        case .loopWait(let d?): wake = (d, 1)
        default: wake = nil
        }
        guard let (d, rank) = wake else { continue }
        if let b = best {
          if (d, rank, t.waitSequence) < (b.deadline, b.rank, b.thread.waitSequence) {
            best = (t, d, rank)
          }
        } else {
          best = (t, d, rank)
        }
      }
      guard let target = best else {
        if threads.allSatisfy({ if case .finished = $0.state { return true } else { return false } }) {
          return nil
        }
        // Every thread waits for another: only Ctrl-C can end this (CPython
        // would hang the same way).
        pthread_mutex_unlock(&mutex)
        Clock.sleepReal(nanoseconds: 50_000_000)
        pthread_mutex_lock(&mutex)
        continue
      }
      let clock = interpreter.clock
      if !clock.isVirtual {
        pthread_mutex_unlock(&mutex)
        while clock.monotonicNanoseconds < target.deadline && !SignalState.interruptPending {
          let remaining = target.deadline - clock.monotonicNanoseconds
          Clock.sleepReal(nanoseconds: min(remaining, 50_000_000))
        }
        pthread_mutex_lock(&mutex)
        if SignalState.interruptPending { continue }
      } else {
        clock.advance(toMonotonic: target.deadline)
      }
      wakeDue(now: clock.monotonicNanoseconds)
    }
  }

  /// Makes every thread whose deadline is at or before `now` runnable, in
  /// (deadline, rank, arrival) order: sleepers and timed waits (rank 0)
  /// before event loops (rank 1) at equal deadlines.
  private func wakeDue(now: Int64) {
    var due: [(Int64, Int, UInt64, InterpThread)] = []
    for t in threads {
      switch t.state {
      case .sleeping(let d) where d <= now: due.append((d, 0, t.waitSequence, t))
      case .blocked(let d?) where d <= now:
        t.timedOut = true
        due.append((d, 0, t.waitSequence, t))
      case .loopWait(let d?) where d <= now: due.append((d, 1, t.waitSequence, t))
      default: break
      }
    }
    due.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
    for (_, _, _, t) in due { makeRunnable(t) }
  }

  /// Shuts down a loop's default executor (loop.close()).
  func shutdownDefaultExecutor(of loop: PyEventLoop, wait: Bool) {
    guard let executor = loop.defaultExecutor, let vm = interpreter.mainVM else { return }
    loop.defaultExecutor = nil
    if let shutdown = try? vm.getAttribute(executor, PyStr.intern("shutdown")) {
      _ = try? vm.call(shutdown, [], keywords: [("wait", .bool(wait))])
    }
  }
}
