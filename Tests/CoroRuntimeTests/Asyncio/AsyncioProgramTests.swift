import Testing

/// asyncio programs whose output CPython 3.11.7 fixes (no ties between
/// deadlines): the ready queue and timers, future callbacks scheduled rather
/// than called, a task waiting on a future resuming one loop iteration after
/// the future completes, cancellation delivered at the await, gather's result
/// order and errors, run_until_complete stopping the loop once its future is
/// done. Run on the virtual clock, where elapsed times are exact: CPython's
/// real clock printed a few hundred microseconds more, so the lines with
/// elapsed times (rounded to 6 places) hold the exact values instead.
struct AsyncioProgramTests {
  static let cases: [ProgramCase] = [
    ProgramCase(
      "task_wakeup_one_iteration_later",
      source: #"""
        import asyncio

        log = []

        async def waiter(fut):
            log.append("waiter starts")
            value = await fut
            log.append(f"waiter got {value}")
            return value

        async def ticker(n):
            for i in range(n):
                log.append(f"tick {i}")
                await asyncio.sleep(0)

        async def setter(fut):
            log.append("setter sets the result")
            fut.set_result("X")
            log.append("setter goes on")

        async def main():
            loop = asyncio.get_running_loop()
            fut = loop.create_future()
            tasks = [
                asyncio.create_task(waiter(fut)),
                asyncio.create_task(ticker(4)),
                asyncio.create_task(setter(fut)),
            ]
            await asyncio.gather(*tasks)
            log.append(f"results {[t.result() for t in tasks]}")

        asyncio.run(main())
        print("\n".join(log))
        """#,
      stdout: #"""
        waiter starts
        tick 0
        setter sets the result
        setter goes on
        tick 1
        waiter got X
        tick 2
        tick 3
        results ['X', None, None]
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "task_cancel_at_await",
      source: #"""
        import asyncio

        async def victim():
            try:
                print("victim sleeps")
                await asyncio.sleep(10)
                print("not reached")
            except asyncio.CancelledError as e:
                print("CancelledError at the await", e.args)
                raise
            finally:
                print("victim's finally")

        async def stubborn():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("stubborn swallows the cancellation")
            return "stubborn result"

        async def main():
            loop = asyncio.get_running_loop()
            t0 = loop.time()
            t = asyncio.create_task(victim())
            await asyncio.sleep(0)
            print("cancel() ->", t.cancel("stop"), "| cancelling:", t.cancelling(), "| done:", t.done())
            try:
                await t
            except asyncio.CancelledError as e:
                print("awaiter sees CancelledError", e.args)
            print("cancelled:", t.cancelled(), "done:", t.done())
            s = asyncio.create_task(stubborn())
            await asyncio.sleep(1)
            s.cancel()
            print(await s, s.cancelled())
            early = asyncio.create_task(victim())
            early.cancel()
            try:
                await early
            except asyncio.CancelledError:
                print("cancelled before it started:", early.cancelled())
            print("virtual seconds:", round(loop.time() - t0, 6))

        asyncio.run(main())
        """#,
      stdout: #"""
        victim sleeps
        cancel() -> True | cancelling: 1 | done: False
        CancelledError at the await ('stop',)
        victim's finally
        awaiter sees CancelledError ('stop',)
        cancelled: True done: True
        stubborn swallows the cancellation
        stubborn result False
        cancelled before it started: True
        virtual seconds: 1.0
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "gather_ordering",
      source: #"""
        import asyncio

        async def value(x, delay):
            await asyncio.sleep(delay)
            print("finished", x)
            return x

        async def boom(delay):
            await asyncio.sleep(delay)
            raise ValueError("boom")

        async def main():
            print(await asyncio.gather(value("a", 0.3), value("b", 0.1), value("c", 0.2)))
            print(await asyncio.gather(value(1, 0.1), boom(0.05), return_exceptions=True))
            try:
                await asyncio.gather(value(2, 0.1), boom(0.05))
            except ValueError as e:
                print("gather raised", e)
            await asyncio.sleep(0.2)
            print(await asyncio.gather())
            outer = asyncio.gather(value("x", 1), value("y", 1))
            await asyncio.sleep(0.5)
            outer.cancel()
            try:
                await outer
            except asyncio.CancelledError:
                print("gather cancelled:", outer.cancelled())

        asyncio.run(main())
        """#,
      stdout: #"""
        finished b
        finished c
        finished a
        ['a', 'b', 'c']
        finished 1
        [1, ValueError('boom')]
        gather raised boom
        finished 2
        []
        gather cancelled: False
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "run_until_complete_stops",
      source: #"""
        import asyncio

        loop = asyncio.new_event_loop()

        def cb2():
            print("cb2 (scheduled by cb1)")

        def cb1():
            print("cb1")
            loop.call_soon(cb2)

        async def main():
            loop.call_soon(cb1)
            print("main returns")
            return "result"

        print(loop.run_until_complete(main()))
        print("between runs, running:", loop.is_running())
        loop.run_until_complete(asyncio.sleep(0))
        print("second run done")

        async def ticking():
            while True:
                await asyncio.sleep(0.3)
                print("background tick")

        background = loop.create_task(ticking())
        t0 = loop.time()
        loop.run_until_complete(asyncio.sleep(1))
        print("slept", round(loop.time() - t0, 6), "| background done:", background.done())
        background.cancel()
        loop.run_until_complete(asyncio.sleep(0))
        print("background cancelled:", background.cancelled())

        async def fail():
            raise ValueError("inside")

        try:
            loop.run_until_complete(fail())
        except ValueError as e:
            print("propagated", e)

        fut = loop.create_future()
        loop.call_later(0.5, fut.set_result, "set later")
        print(loop.run_until_complete(fut))

        async def nested():
            coro = asyncio.sleep(0)
            try:
                loop.run_until_complete(coro)
            except RuntimeError as e:
                print(e)
            coro.close()

        loop.run_until_complete(nested())
        loop.close()
        print("closed:", loop.is_closed())
        coro = asyncio.sleep(0)
        try:
            loop.run_until_complete(coro)
        except RuntimeError as e:
            print(e)
        coro.close()
        """#,
      stdout: #"""
        main returns
        cb1
        result
        between runs, running: False
        cb2 (scheduled by cb1)
        second run done
        background tick
        background tick
        background tick
        slept 1.0 | background done: False
        background cancelled: True
        propagated inside
        set later
        This event loop is already running
        closed: True
        Event loop is closed
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "loop_and_future_api",
      source: #"""
        import asyncio
        order = []
        loop = asyncio.new_event_loop()
        def soon_then_schedule(tag):
            order.append(tag)
            loop.call_soon(order.append, tag + "-child")
        loop.call_later(0, order.append, "later0")
        loop.call_soon(soon_then_schedule, "A")
        loop.call_soon(soon_then_schedule, "B")
        loop.call_later(0.1, loop.stop)
        loop.run_forever()
        print(order)

        # Future callbacks are scheduled, not called
        fut = loop.create_future()
        seen = []
        fut.add_done_callback(lambda f: seen.append(("cb1", f.result())))
        fut.add_done_callback(lambda f: seen.append(("cb2", f.result())))
        fut.set_result(42)
        print("after set_result", seen, fut.done(), fut._state)
        loop.call_soon(loop.stop)
        loop.run_forever()
        print("after one run", seen)
        fut.add_done_callback(lambda f: seen.append("late"))
        print("late registered", seen)
        loop.call_soon(loop.stop)
        loop.run_forever()
        print(seen)
        print(fut.remove_done_callback(print))
        f2 = loop.create_future()
        print(repr(f2))
        f2.set_exception(ValueError("bad"))
        print(repr(f2), f2.exception())
        try:
            f2.result()
        except ValueError as e:
            print("raised", e)
        try:
            f2.set_result(1)
        except asyncio.InvalidStateError as e:
            print("InvalidStateError", e)
        f3 = loop.create_future()
        try:
            f3.result()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError", e)
        print(f3.cancel("why"), f3.cancelled(), f3.cancel())
        try:
            f3.result()
        except asyncio.CancelledError as e:
            print("CancelledError", e.args)
        f4 = loop.create_future()
        try:
            f4.set_exception(StopIteration())
        except TypeError as e:
            print(e)
        loop.close()
        try:
            loop.call_soon(print)
        except RuntimeError as e:
            print(e)
        """#,
      stdout: #"""
        ['A', 'B', 'later0', 'A-child', 'B-child']
        after set_result [] True FINISHED
        after one run [('cb1', 42), ('cb2', 42)]
        late registered [('cb1', 42), ('cb2', 42)]
        [('cb1', 42), ('cb2', 42), 'late']
        0
        <Future pending>
        <Future finished exception=ValueError('bad')> bad
        raised bad
        InvalidStateError invalid state
        InvalidStateError Result is not set.
        True True False
        CancelledError ('why',)
        StopIteration interacts badly with generators and cannot be raised into a Future
        Event loop is closed
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "timers_and_soon",
      source: #"""
        import asyncio

        loop = asyncio.new_event_loop()
        order = []
        t0 = loop.time()
        loop.call_at(t0 + 0.5, order.append, "at +0.5")
        loop.call_later(0.25, order.append, "later 0.25")
        loop.call_soon(order.append, "soon 1")
        handle = loop.call_soon(order.append, "cancelled soon")
        handle.cancel()
        timer = loop.call_later(0.1, order.append, "cancelled timer")
        timer.cancel()
        loop.call_later(0, order.append, "later 0")
        loop.call_soon(order.append, "soon 2")
        loop.call_at(t0 + 1, loop.stop)
        loop.run_forever()
        print(order)
        print(handle.cancelled(), timer.cancelled())
        print(repr(handle).startswith("<Handle cancelled"), repr(timer).startswith("<TimerHandle cancelled when="))
        print("virtual time moved", round(loop.time() - t0, 6))
        loop.close()
        """#,
      stdout: #"""
        ['soon 1', 'soon 2', 'later 0', 'later 0.25', 'at +0.5']
        True True
        True True
        virtual time moved 1.0
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "abandoned_async_generators_closed_by_the_loop",
      source: #"""
        import asyncio

        async def numbers(tag):
            try:
                for i in range(10):
                    yield i
            finally:
                print(f"{tag} closed")

        async def main():
            async for n in numbers("left by break"):
                if n == 1:
                    break
            print("after break")
            await asyncio.sleep(0)
            print("one iteration later")
            await asyncio.sleep(0)
            print("two iterations later")
            kept = numbers("kept to the end")
            await anext(kept)
            return kept

        kept = asyncio.run(main())
        print("after run")
        """#,
      stdout: """
        after break
        one iteration later
        left by break closed
        two iterations later
        kept to the end closed
        after run
        """,
      stderr: nil, status: 0),
  ]

  @Test("asyncio program prints what CPython prints", arguments: cases)
  func program(_ c: ProgramCase) {
    c.check()
  }
}
