import Foundation
import Testing

/// The thread coordinator (Interpreter/ThreadCoordinator.swift): one thread
/// runs Python at a time, hand-overs are deterministic, sleeping workers
/// wait on the virtual clock, and a worker finishing at time T posts its
/// result before the loop runs the timers due at T.
struct ThreadCoordinatorTests {
  @Test("an exception from a worker carries the worker's frames into the traceback")
  func workerFramesInTraceback() {
    let result = Program.run(#"""
      from concurrent.futures import ThreadPoolExecutor

      def inner(x):
          return 10 // x

      def work(x):
          return inner(x) + 1

      with ThreadPoolExecutor(max_workers=1) as ex:
          f = ex.submit(work, 0)
          print(f.result())
      """#)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    // CPython 3.11.7's text; the frames between (Lib/concurrent/futures in
    // CPython, <frozen concurrent.futures> in Coro) are not compared.
    let head = #"""
      Traceback (most recent call last):
        File "/coro-tests/prog.py", line 11, in <module>
          print(f.result())
                ^^^^^^^^^^

      """#
    let tail = #"""
        File "/coro-tests/prog.py", line 7, in work
          return inner(x) + 1
                 ^^^^^^^^
        File "/coro-tests/prog.py", line 4, in inner
          return 10 // x
                 ~~~^^~~
      ZeroDivisionError: integer division or modulo by zero

      """#
    #expect(result.stderr.hasPrefix(head), "\(result)")
    #expect(result.stderr.hasSuffix(tail), "\(result)")
  }

  @Test("CPU-bound workers take turns: no lost updates, interleaved, deterministic, no virtual time")
  func cpuBoundWorkersTakeTurns() throws {
    let source = #"""
      import threading, time
      from concurrent.futures import ThreadPoolExecutor

      counter = 0
      log = []

      def spin(n):
          global counter
          me = threading.current_thread().name[-1]
          for i in range(n):
              counter += 1
              if i % 2500 == 0:
                  log.append(me)
          return n

      start = time.monotonic()
      with ThreadPoolExecutor(max_workers=2) as pool:
          futures = [pool.submit(spin, 50_000), pool.submit(spin, 50_000)]
          print([f.result() for f in futures])
      print(counter)
      print("".join(log))
      print(time.monotonic() - start)
      """#
    let first = Program.run(source)
    let second = Program.run(source)
    #expect(first.status == 0, "\(first)")
    let lines = first.lines
    try #require(lines.count == 4, "\(first)")
    #expect(lines[0] == "[50000, 50000]")
    // `counter += 1` is never torn: hand-overs happen between iterations.
    #expect(lines[1] == "100000")
    let log = lines[2]
    #expect(log.filter { $0 == "0" }.count == 20 && log.filter { $0 == "1" }.count == 20, "\(log)")
    // Both made progress before either finished: they took turns.
    let lastZero = try #require(log.lastIndex(of: "0"))
    let firstOne = try #require(log.firstIndex(of: "1"))
    #expect(firstOne < lastZero, "no interleaving: \(log)")
    // CPU work costs no virtual time.
    #expect(lines[3] == "0.0")
    #expect(first.stdout == second.stdout, "hand-overs differ between runs")
  }

  @Test("time.sleep in workers overlaps on the virtual clock and takes no real time")
  func virtualSleepsInWorkers() {
    let result = Program.run(#"""
      import asyncio, time

      async def main():
          start = time.monotonic()
          loop = asyncio.get_running_loop()
          await asyncio.gather(*(loop.run_in_executor(None, time.sleep, s) for s in (3, 1, 2)))
          print(round(time.monotonic() - start, 6))
          start = time.monotonic()
          time.sleep(5)
          print(round(time.monotonic() - start, 6))

      asyncio.run(main())
      """#)
    #expect(result.stdout == "3.0\n5.0\n", "\(result)")
    #expect(result.seconds < 2.0, "took \(result.seconds) s of real time")
  }

  @Test("a worker finishing at time T posts its result before the timers due at T run")
  func workerCompletionBeforeTimers() {
    let result = Program.run(#"""
      import asyncio, time

      log = []

      def worker(tag, seconds):
          time.sleep(seconds)
          log.append(f"{tag} finished sleeping")
          loop.call_soon_threadsafe(log.append, f"{tag} posted")
          return tag

      async def main():
          global loop
          loop = asyncio.get_running_loop()
          t0 = loop.time()
          loop.call_later(1, log.append, "timer 1s (scheduled first)")
          fut = loop.run_in_executor(None, worker, "w", 1)
          fut.add_done_callback(lambda f: log.append(f"future done {f.result()}"))
          loop.call_later(1, log.append, "timer 1s (scheduled after submit)")
          await fut
          log.append(f"awaiter resumed at {loop.time() - t0:.3f}")

      asyncio.run(main())
      print("\n".join(log))
      """#)
    // CPython 3.11.7 printed the same (its worker is a few hundred
    // microseconds late, and still lands first in the ready queue).
    #expect(result.lines == [
      "w finished sleeping",
      "w posted",
      "timer 1s (scheduled first)",
      "timer 1s (scheduled after submit)",
      "future done w",
      "awaiter resumed at 1.000",
    ], "\(result)")
  }

  @Test("threads started together wake from equal sleeps in the order they slept")
  func equalSleepsWakeInOrder() {
    let result = Program.run(#"""
      import threading, time

      out = []
      def sleeper(i):
          time.sleep(1)
          out.append(i)

      threads = [threading.Thread(target=sleeper, args=(i,)) for i in range(6)]
      for t in threads:
          t.start()
      for t in threads:
          t.join()
      print(out)
      """#)
    #expect(result.stdout == "[0, 1, 2, 3, 4, 5]\n", "\(result)")
  }

  /// Two CPU-bound workers on the REAL clock, in a separate `coro`
  /// process so its CPU time can be measured alone (wait4's rusage): with
  /// one thread running Python at a time, the CPU time cannot exceed the
  /// wall time by much; two workers running in parallel would use up to
  /// twice the wall time on two cores. (Under load a parallel runtime could
  /// still pass; a serialized one can never fail.)
  @Test("CPU-bound work in two workers never runs in parallel (CPU time ≤ wall time)")
  func cpuBoundWorkersNotParallel() throws {
    let coro = try #require(CoroBinary.path, "the coro executable was not built next to the tests")
    let source = #"""
      from concurrent.futures import ThreadPoolExecutor

      def count(n):
          total = 0
          i = 0
          while i < n:
              total += i % 7
              i += 1
          return total

      with ThreadPoolExecutor(max_workers=2) as pool:
          futures = [pool.submit(count, 150_000), pool.submit(count, 150_000)]
          print([f.result() for f in futures])
      """#
    let run = try CoroBinary.measure(coro, source: source)
    #expect(run.status == 0)
    #expect(run.stdout == "[449994, 449994]\n")
    #expect(
      run.cpuSeconds <= run.wallSeconds * 1.25 + 0.05,
      "CPU \(run.cpuSeconds) s in \(run.wallSeconds) s of wall time: threads ran in parallel?")
  }
}
