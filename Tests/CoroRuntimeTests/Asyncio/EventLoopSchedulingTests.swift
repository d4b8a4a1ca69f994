@testable import CoroRuntime
import Testing

/// The event loop, futures and handles driven directly from Swift, one
/// `_run_once` iteration at a time, on the virtual clock: what runs in
/// which iteration, and where the clock stands.
///
/// Rules checked (CPython's BaseEventLoop._run_once, plus Coro's documented
/// tie-break): callbacks run in FIFO order and those they schedule wait for
/// the next iteration; due timers join the ready queue behind the callbacks
/// already in it; timers with equal deadlines run in scheduling order;
/// cancelled handles never run and an idle loop never waits for a
/// cancelled timer; future callbacks are scheduled with call_soon, never
/// called directly.
struct EventLoopSchedulingTests {
  /// An interpreter on the virtual clock, its main VM and a fresh loop.
  final class Harness {
    let interpreter: Interpreter
    let vm: VM
    let loop: PyEventLoop
    let err = OutputStream()
    var log: [String] = []

    init() {
      interpreter = Interpreter(options: InterpreterOptions(virtualTime: true), stdout: OutputStream(), stderr: err)
      vm = interpreter.mainVM
      loop = PyEventLoop(interpreter: interpreter)
    }

    /// Nanoseconds since `start`.
    func elapsed(since start: Int64) -> Int64 { loop.now - start }

    /// A native callback that logs `tag`.
    func logging(_ tag: String) -> HandleCallback {
      .native(tag) { [unowned self] _ in self.log.append(tag) }
    }

    /// Runs one iteration; refuses (and fails) when nothing is scheduled,
    /// since the loop would then wait forever.
    func runOnce(sourceLocation: SourceLocation = #_sourceLocation) throws {
      guard !loop.ready.isEmpty || !loop.scheduled.isEmpty else {
        Issue.record("nothing scheduled: the loop would wait forever", sourceLocation: sourceLocation)
        return
      }
      try loop.runOnce(vm)
    }

    /// Takes the log, clearing it.
    func take() -> [String] {
      defer { log = [] }
      return log
    }
  }

  static let second: Int64 = 1_000_000_000

  @Test("callbacks run in FIFO order; those they schedule wait for the next iteration")
  func readyQueueOrder() throws {
    let h = Harness()
    h.loop.callSoon(.native("A") { [unowned h] _ in
      h.log.append("A")
      h.loop.callSoon(h.logging("A-child"))
    })
    h.loop.callSoon(h.logging("B"))
    try h.runOnce()
    #expect(h.take() == ["A", "B"])
    #expect(h.loop.ready.count == 1)
    try h.runOnce()
    #expect(h.take() == ["A-child"])
    #expect(h.loop.ready.isEmpty)
  }

  @Test("timers: due ones run after ready callbacks, equal deadlines in scheduling order")
  func timerOrder() throws {
    let h = Harness()
    let t0 = h.loop.now
    h.loop.callAt(t0 + Self.second, h.logging("T1"))
    h.loop.callSoon(h.logging("S1"))
    h.loop.callAt(t0 + Self.second, h.logging("T2"))
    h.loop.callAt(t0 + Self.second / 2, h.logging("T-half"))
    h.loop.callAt(t0 + Self.second, h.logging("T3"))
    h.loop.callSoon(h.logging("S2"))
    // Ready callbacks exist: no waiting, no timer is due yet.
    try h.runOnce()
    #expect(h.take() == ["S1", "S2"])
    #expect(h.elapsed(since: t0) == 0)
    // The clock jumps to the first deadline and runs only what is due.
    try h.runOnce()
    #expect(h.take() == ["T-half"])
    #expect(h.elapsed(since: t0) == Self.second / 2)
    try h.runOnce()
    #expect(h.take() == ["T1", "T2", "T3"])
    #expect(h.elapsed(since: t0) == Self.second)
  }

  @Test("a timer due now joins the ready queue behind callbacks already in it")
  func dueTimerBehindReady() throws {
    let h = Harness()
    h.loop.callAt(h.loop.now, h.logging("timer due now"))
    h.loop.callSoon(h.logging("soon"))
    try h.runOnce()
    #expect(h.take() == ["soon", "timer due now"])
  }

  @Test("call_at with an absolute time moves the virtual clock exactly there")
  func callAtAbsolute() throws {
    let h = Harness()
    let t0 = h.loop.now
    h.loop.callAt(t0 + 3 * Self.second + 250_000_000, h.logging("at 3.25"))
    try h.runOnce()
    #expect(h.take() == ["at 3.25"])
    #expect(h.elapsed(since: t0) == 3 * Self.second + 250_000_000)
    #expect(h.loop.time == Double(h.loop.now) / 1e9)
  }

  @Test("cancelled handles never run, and the loop never waits for a cancelled timer")
  func cancelledHandles() throws {
    let h = Harness()
    let t0 = h.loop.now
    let soon = h.loop.callSoon(h.logging("cancelled soon"))
    let early = h.loop.callAt(t0 + Self.second, h.logging("cancelled timer"))
    h.loop.callAt(t0 + 2 * Self.second, h.logging("live timer"))
    h.loop.callSoon(h.logging("live soon"))
    soon.cancelled = true
    early.cancelled = true
    try h.runOnce()
    #expect(h.take() == ["live soon"])
    try h.runOnce()
    #expect(h.take() == ["live timer"])
    // Straight to the live timer's deadline (not 1 s, then 2 s).
    #expect(h.elapsed(since: t0) == 2 * Self.second)
    #expect(h.loop.scheduled.isEmpty)
  }

  @Test("cancelling a timer from an earlier callback of the same iteration stops it")
  func cancelWithinIteration() throws {
    let h = Harness()
    let t0 = h.loop.now
    var victim: PyTimerHandle?
    h.loop.callAt(t0 + Self.second, .native("canceller") { [unowned h] _ in
      h.log.append("canceller")
      victim?.cancelled = true
    })
    victim = h.loop.callAt(t0 + Self.second, h.logging("victim"))
    try h.runOnce()
    #expect(h.take() == ["canceller"])
  }

  @Test("future callbacks are scheduled with call_soon, in order, never called directly")
  func futureCallbacksScheduled() throws {
    let h = Harness()
    let future = PyFuture(loop: h.loop)
    for tag in ["cb1", "cb2"] {
      future.addDoneCallback(.native(tag) { [unowned h] _, f in
        var seen = "?"
        if case .int(let n)? = try? f.resultValue() { seen = String(n) }
        h.log.append("\(tag) sees \(seen)")
      })
    }
    #expect(h.loop.ready.isEmpty)
    try future.setResult(.int(42))
    #expect(h.log.isEmpty, "callbacks ran inside set_result")
    #expect(h.loop.ready.count == 2)
    #expect(future.state == .finished)
    try h.runOnce()
    #expect(h.take() == ["cb1 sees 42", "cb2 sees 42"])
    // On a finished future, add_done_callback schedules too.
    future.addDoneCallback(.native("late") { [unowned h] _, _ in h.log.append("late") })
    #expect(h.log.isEmpty)
    #expect(h.loop.ready.count == 1)
    try h.runOnce()
    #expect(h.take() == ["late"])
  }

  @Test("future states, results and exceptions")
  func futureStates() throws {
    let h = Harness()
    let f = PyFuture(loop: h.loop)
    #expect(f.state == .pending && !f.isDone)
    #expect(throws: PyException.self) { try f.resultValue() }
    try f.setResult(.str("ok"))
    #expect(f.state == .finished && f.isDone)
    #expect(try f.resultValue().asStr?.value == "ok")
    #expect(try f.exceptionValue() == nil)
    do {
      try f.setResult(.none)
      Issue.record("set_result on a finished future succeeded")
    } catch {
      #expect(error.isInstance(of: AsyncioTypes.invalidStateError))
      #expect(error.args.first?.asStr?.value == "invalid state")
    }
    #expect(f.cancel() == false)

    let failed = PyFuture(loop: h.loop)
    let boom = PyException.valueError("boom")
    try failed.setException(boom)
    #expect(failed.logTraceback, "an unretrieved exception must be logged when the future dies")
    #expect(try failed.exceptionValue() === boom)
    #expect(!failed.logTraceback)
    #expect(throws: PyException.self) { try failed.resultValue() }

    let cancelled = PyFuture(loop: h.loop)
    #expect(cancelled.cancel(message: .str("why")))
    #expect(cancelled.state == .cancelled)
    #expect(cancelled.cancel() == false)
    do {
      _ = try cancelled.resultValue()
      Issue.record("result() of a cancelled future returned")
    } catch {
      #expect(error.isInstance(of: AsyncioTypes.cancelledError))
      #expect(error.args.first?.asStr?.value == "why")
    }

    let stop = PyFuture(loop: h.loop)
    #expect(throws: PyException.self) {
      try stop.setException(PyException(type: BuiltinTypes.stopIteration, args: []))
    }
    #expect(stop.state == .pending)
  }

  @Test("a future dying with an unretrieved exception is logged by the loop")
  func neverRetrievedIsLogged() throws {
    let h = Harness()
    Interpreter.current = h.interpreter
    defer { Interpreter.current = nil }
    do {
      let f = PyFuture(loop: h.loop)
      try f.setException(PyException.valueError("lost"))
    }
    #expect(
      h.err.text == "Future exception was never retrieved\nfuture: <Future finished exception=ValueError('lost')>\nValueError: lost\n")
    do {
      let f = PyFuture(loop: h.loop)
      try f.setException(PyException.valueError("seen"))
      _ = try f.exceptionValue()
    }
    #expect(!h.err.text.contains("seen"), "a retrieved exception was logged")
  }
}
