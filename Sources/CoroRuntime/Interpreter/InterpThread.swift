import Foundation

/// One thread of Python execution: its VM and its scheduling state.
final class InterpThread: @unchecked Sendable {
  enum State {
    /// Created, not yet started.
    case new
    /// Waiting in the run queue for the lock.
    case runnable
    /// Holding the lock.
    case running
    /// In time.sleep until the deadline (monotonic nanoseconds).
    case sleeping(Int64)
    /// The event loop waiting for work, until its next timer if any.
    case loopWait(Int64?)
    /// Waiting for a lock, a join or work, with an optional timeout.
    case blocked(Int64?)
    case finished
  }

  let vm: VM
  let ident: Int
  var name: String
  var daemon: Bool
  let isMain: Bool
  var state: State = .new
  /// Arrival order of the current wait, for ties between equal deadlines.
  var waitSequence: UInt64 = 0
  /// Set when the thread was woken by its deadline rather than by another
  /// thread (a lock acquire that timed out).
  var timedOut = false
  /// Set on the main thread when Ctrl-C should surface as it resumes.
  var interruptRequested = false
  /// The event loop this thread waits in (state `loopWait`), so that
  /// `call_soon_threadsafe` on that loop from any thread wakes it.
  weak var waitingLoop: PyEventLoop?
  /// Signalled when the coordinator hands this thread the lock (used
  /// only under the coordinator's mutex).
  var condition = pthread_cond_t()
  /// The Python-level `threading.Thread` object, if any.
  var pythonObject: Value = .none

  init(vm: VM, ident: Int, name: String, isMain: Bool, daemon: Bool) {
    self.vm = vm
    self.ident = ident
    self.name = name
    self.isMain = isMain
    self.daemon = daemon
    pthread_cond_init(&condition, nil)
  }

  deinit {
    pthread_cond_destroy(&condition)
  }

  /// When the thread's current wait ends by itself (a sleep, a timeout,
  /// an event loop's next timer); nil when only another thread can end it.
  var wakeDeadline: Int64? {
    switch state {
    case .sleeping(let d): return d
    case .blocked(let d), .loopWait(let d): return d
    default: return nil
    }
  }

  var isAlive: Bool {
    switch state {
    case .new, .finished: return false
    default: return true
    }
  }
}
