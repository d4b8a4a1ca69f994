import Foundation

/// Callbacks that other threads hand to an event loop
/// (`call_soon_threadsafe`), drained by the loop at the start of an
/// iteration.
final class ThreadsafeCallbacks: @unchecked Sendable {
  private let lock = NSLock()
  private var pending: [HandleCallback] = []

  var hasPendingWork: Bool {
    lock.lock()
    defer { lock.unlock() }
    return !pending.isEmpty
  }

  func post(_ callback: HandleCallback) {
    lock.lock()
    pending.append(callback)
    lock.unlock()
  }

  func drain(into loop: PyEventLoop) {
    lock.lock()
    let items = pending
    pending.removeAll()
    lock.unlock()
    for item in items { loop.callSoon(item) }
  }
}

/// Coordinates the interpreter's threads of Python execution: the main
/// thread (which runs the event loop) and worker threads started by
/// executors. See Executor.swift for the design.
final class ThreadCoordinator: @unchecked Sendable {
  unowned let interpreter: Interpreter

  init(interpreter: Interpreter) {
    self.interpreter = interpreter
  }

  /// The earliest time a worker thread will wake up on its own (a worker
  /// in `time.sleep`), as a monotonic deadline; nil when none sleeps.
  func nextWakeup() -> Int64? { nil }

  /// True while worker threads are running or runnable.
  var hasActiveWorkers: Bool { false }

  /// Waits for the event loop's thread until `deadline` (nil: until
  /// something is posted or Ctrl-C), letting worker threads run.
  func waitForLoop(until deadline: Int64?, queue: ThreadsafeCallbacks) {
    let clock = interpreter.clock
    if let deadline {
      clock.advance(toMonotonic: deadline)
      return
    }
    while !queue.hasPendingWork && !SignalState.interruptPending {
      Clock.sleepReal(nanoseconds: 50_000_000)
    }
  }

  /// Shuts down a loop's default executor (loop.close()).
  func shutdownDefaultExecutor(of loop: PyEventLoop, wait: Bool) {}
}
