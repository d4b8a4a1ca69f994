import Foundation

/// The interpreter's notion of time: the real clock, or a virtual one.
///
/// Everything that reads time — `time.time()`, `time.monotonic()`,
/// `time.perf_counter()`, `loop.time()` — and everything that waits —
/// `time.sleep()`, the event loop's idle wait — goes through here, so a
/// program runs the same way on both clocks and only the elapsed real time
/// differs.
///
/// Virtual time starts at the real time of start-up and moves only when
/// something waits: `sleep(s)` adds `s`, and an idle event loop jumps to its
/// next deadline. It is kept in integer nanoseconds so that deadlines
/// compare exactly (CPython's float times rarely tie on a real clock; on a
/// virtual clock ties are the rule, and the loop breaks them by scheduling
/// order).
///
/// Code that never waits — an event loop whose ready queue never empties
/// (a task polling a flag with `await asyncio.sleep(0)`), a thread
/// spinning on a flag — would otherwise stop virtual time for good, and a
/// timer or a sleeping thread it waits for would never come. So busy work
/// earns *busy time* (see `spendBusyTime`): a fixed cost for each busy
/// loop iteration or stretch of bytecode, which the clock does not show.
/// When the busy time earned reaches the next pending event, the clock
/// jumps to that event, exactly as if everyone had waited for it. The
/// clock therefore only ever shows deadlines, so programs print the same
/// elapsed times as when they wait, and the jump comes after as much work
/// as the event's distance warrants (a 5-second timeout does not fire
/// after a few hundred quick iterations).
final class Clock: @unchecked Sendable {
  let isVirtual: Bool
  /// Wall-clock time at start-up, in nanoseconds since the epoch.
  private let startWall: Int64
  /// Monotonic time at start-up, in nanoseconds.
  private let startMonotonic: Int64
  /// Virtual nanoseconds elapsed since start-up.
  private var virtualElapsed: Int64 = 0
  private let lock = NSLock()

  init(virtual: Bool) {
    isVirtual = virtual
    startWall = Clock.realWallNanoseconds()
    startMonotonic = Clock.realMonotonicNanoseconds()
  }

  static func realWallNanoseconds() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
  }

  static func realMonotonicNanoseconds() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
  }

  /// Monotonic time in nanoseconds (the event loop's time base).
  var monotonicNanoseconds: Int64 {
    if isVirtual {
      lock.lock()
      defer { lock.unlock() }
      return startMonotonic + virtualElapsed
    }
    return Clock.realMonotonicNanoseconds()
  }

  /// `time.monotonic()` and `loop.time()`, in seconds.
  var monotonic: Double { Double(monotonicNanoseconds) / 1e9 }

  /// `time.time()`, in seconds since the epoch.
  var wallTime: Double {
    if isVirtual {
      lock.lock()
      defer { lock.unlock() }
      return Double(startWall + virtualElapsed) / 1e9
    }
    return Double(Clock.realWallNanoseconds()) / 1e9
  }

  /// `time.perf_counter()`.
  var performanceCounter: Double { monotonic }

  /// Moves virtual time forward to `deadline` (monotonic nanoseconds) if it
  /// is in the future; on the real clock, sleeps until then.
  func advance(toMonotonic deadline: Int64) {
    if isVirtual {
      lock.lock()
      let target = deadline - startMonotonic
      if target > virtualElapsed { virtualElapsed = target }
      lock.unlock()
      return
    }
    let now = Clock.realMonotonicNanoseconds()
    if deadline > now { Clock.sleepReal(nanoseconds: deadline - now) }
  }

  // MARK: - Busy time (virtual clock)

  /// Busy time earned since the clock last moved, in nanoseconds.
  private var busyTime: Int64 = 0
  /// `virtualElapsed` when `busyTime` started to accrue: once the clock
  /// moves, the time earned before is spent.
  private var busyEpoch: Int64 = 0
  /// The pending event the busy time was earned toward. An earlier one
  /// was scheduled after that time was earned (its deadline counts from
  /// a clock that had not moved), so the time does not count toward it.
  private var busyTarget: Int64 = .max

  /// Charges `cost` nanoseconds of busy work toward `nextEvent`, the
  /// earliest pending deadline (monotonic nanoseconds), if any; true when
  /// the busy time earned reaches it and the clock has jumped there.
  ///
  /// Busy time only counts toward an event that was pending while it was
  /// earned: it is dropped when the clock moves, when there is no event,
  /// and when an earlier event appears. On the real clock, time passes by
  /// itself and this never jumps.
  func spendBusyTime(_ cost: Int64, towards nextEvent: Int64?) -> Bool {
    guard isVirtual else { return false }
    lock.lock()
    defer { lock.unlock() }
    guard let nextEvent else {
      busyTime = 0
      busyTarget = .max
      return false
    }
    if busyEpoch != virtualElapsed || nextEvent < busyTarget {
      busyTime = 0
      busyEpoch = virtualElapsed
    }
    busyTarget = nextEvent
    busyTime += cost
    let target = nextEvent - startMonotonic
    guard busyTime >= target - virtualElapsed else { return false }
    if target > virtualElapsed { virtualElapsed = target }
    busyTime = 0
    busyEpoch = virtualElapsed
    busyTarget = .max
    return true
  }

  /// Waits `seconds` (`time.sleep`): virtual time jumps; real time passes.
  func sleep(seconds: Double) {
    let ns = Int64((seconds * 1e9).rounded())
    if isVirtual {
      lock.lock()
      virtualElapsed += ns
      lock.unlock()
      return
    }
    Clock.sleepReal(nanoseconds: ns)
  }

  /// Sleeps for real until the time has passed or Ctrl-C is pending.
  ///
  /// The sleep is cut into slices of at most `interruptSlice`: SIGINT is
  /// usually delivered to the process's main thread, not to the thread
  /// running Python, so `nanosleep` here is not woken by it and the flag
  /// has to be looked at from time to time.
  static func sleepReal(nanoseconds: Int64) {
    guard nanoseconds > 0 else { return }
    let deadline = realMonotonicNanoseconds() + nanoseconds
    while !SignalState.interruptPending {
      let left = deadline - realMonotonicNanoseconds()
      if left <= 0 { return }
      let slice = min(left, interruptSlice)
      var request = timespec(tv_sec: Int(slice / 1_000_000_000), tv_nsec: Int(slice % 1_000_000_000))
      var remaining = timespec()
      _ = nanosleep(&request, &remaining)
    }
  }

  /// The longest real sleep between two looks at the Ctrl-C flag.
  static let interruptSlice: Int64 = 20_000_000
}

/// Ctrl-C: the SIGINT handler only sets a flag; the VM and the event loop
/// check it at safe points and raise KeyboardInterrupt there.
enum SignalState {
  nonisolated(unsafe) static var interruptPending = false
}

extension Interpreter {
  /// Ctrl-C: asks the running Python code to raise KeyboardInterrupt at
  /// its next safe point (the dispatch loop, a sleep, the event loop's
  /// wait). It only sets a flag, so a SIGINT handler may call it.
  public static func requestInterrupt() {
    SignalState.interruptPending = true
  }

  /// Clears a Ctrl-C that no running code has seen yet (one typed at the
  /// prompt, or just as a statement finished); true if there was one.
  @discardableResult
  public static func takePendingInterrupt() -> Bool {
    let pending = SignalState.interruptPending
    SignalState.interruptPending = false
    return pending
  }
}
