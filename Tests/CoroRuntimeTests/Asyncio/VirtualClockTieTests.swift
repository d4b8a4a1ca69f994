import Testing

/// On the virtual clock deadlines tie all the time; Coro breaks ties by
/// scheduling order (PyEventLoop.swift: CPython's heap compares deadlines
/// only, but on its real clock deadlines taken microseconds apart come out
/// in scheduling order, which is what this rule reproduces). CPython's own
/// output for these programs is not fixed, so the expectations here are
/// Coro's documented rule.
struct VirtualClockTieTests {
  @Test("timers with equal deadlines run in scheduling order, after ready callbacks")
  func equalDeadlines() {
    let result = Program.run(#"""
      import asyncio

      loop = asyncio.new_event_loop()
      order = []
      t0 = loop.time()
      for tag in "abc":
          loop.call_at(t0 + 1, order.append, tag)
      loop.call_later(1, order.append, "call_later(1)")
      loop.call_at(t0 + 1, order.append, "d")
      loop.call_soon(order.append, "soon")
      loop.call_at(t0 + 1, loop.stop)
      loop.call_at(t0 + 1, order.append, "after stop, same iteration")
      loop.run_forever()
      print(order, round(loop.time() - t0, 6))
      loop.close()
      """#)
    #expect(
      result.stdout
        == "['soon', 'a', 'b', 'c', 'call_later(1)', 'd', 'after stop, same iteration'] 1.0\n",
      "\(result)")
    #expect(result.stderr.isEmpty)
  }

  @Test("tasks sleeping the same time wake in the order they went to sleep")
  func equalSleeps() {
    let result = Program.run(#"""
      import asyncio

      async def sleeper(name, delay):
          await asyncio.sleep(delay)
          print("woke", name)
          return name

      async def main():
          loop = asyncio.get_running_loop()
          t0 = loop.time()
          loop.call_later(1, print, "timer scheduled before the tasks slept")
          names = await asyncio.gather(*(sleeper(i, 1) for i in range(4)), sleeper("late", 1.0))
          print(names, round(loop.time() - t0, 6))

      asyncio.run(main())
      """#)
    #expect(result.lines == [
      "timer scheduled before the tasks slept",
      "woke 0", "woke 1", "woke 2", "woke 3", "woke late",
      "[0, 1, 2, 3, 'late'] 1.0",
    ], "\(result)")
  }

  @Test("the same program gives the same output on every run")
  func deterministic() {
    let source = #"""
      import asyncio, random

      async def worker(i, delays):
          for d in delays:
              await asyncio.sleep(d)
              print(i, d)

      async def main():
          rng = random.Random(7)
          plans = [[rng.choice([0.1, 0.2, 0.3]) for _ in range(5)] for _ in range(4)]
          await asyncio.gather(*(worker(i, p) for i, p in enumerate(plans)))

      asyncio.run(main())
      """#
    let first = Program.run(source)
    let second = Program.run(source)
    #expect(first.status == 0, "\(first)")
    #expect(first.lines.count == 20)
    #expect(first.stdout == second.stdout)
  }
}
