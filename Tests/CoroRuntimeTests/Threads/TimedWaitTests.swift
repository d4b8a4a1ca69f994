@testable import CoroRuntime
import Testing

/// Timed lock waits (`lock.acquire(timeout=...)`, under `Condition.wait`
/// and `queue.get(timeout=...)`): a positive timeout always moves the
/// clock by at least a nanosecond, so that a caller looping until its own
/// float deadline finishes on the virtual clock as well.
struct TimedWaitTests {
  @Test("a timeout in nanoseconds is rounded up, never to 0 when positive")
  func timeoutRoundsUp() {
    #expect(PyLock.timeoutNanoseconds(0) == 0)
    #expect(PyLock.timeoutNanoseconds(-1) == 0)
    #expect(PyLock.timeoutNanoseconds(1e-12) == 1)
    #expect(PyLock.timeoutNanoseconds(2.5e-9) == 3)
    #expect(PyLock.timeoutNanoseconds(0.01) == 10_000_000)
    #expect(PyLock.timeoutNanoseconds(1e12) == Int64.max / 4)
  }

  @Test("queue.get with a timeout and no producer raises Empty on the virtual clock")
  func queueGetTimesOut() {
    let result = Program.run(#"""
      import queue, time
      q = queue.Queue()
      start = time.monotonic()
      empties = 0
      for i in range(300):
          try:
              q.get(timeout=0.001 + i * 1e-7)
          except queue.Empty:
              empties += 1
      print(empties, round(time.monotonic() - start, 3))
      """#)
    #expect(result.status == 0)
    #expect(result.stdout == "300 0.304\n")
  }
}
