import Testing

/// The RuntimeWarning "coroutine 'NAME' was never awaited" on stderr: CPython
/// attributes it to the Python line running when the coroutine object dies,
/// shows it once per line, and never warns for awaited (or closed) coroutines.
/// Also asyncio's "Task was destroyed but it is pending!" for tasks dropped
/// while pending.
struct NeverAwaitedWarningTests {
  static let cases: [ProgramCase] = [
    ProgramCase(
      "never_awaited_forms",
      source: #"""
        import asyncio

        async def work(n):
            print("never printed", n)

        def drop_in_function():
            work(1)
            return "dropped"

        print(drop_in_function())
        work(2)
        task_like = [work(3)]
        task_like.clear()
        print("end")
        """#,
      stdout: #"""
        dropped
        end
        """#,
      stderr: #"""
        /coro-tests/prog.py:7: RuntimeWarning: coroutine 'work' was never awaited
          work(1)
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback
        /coro-tests/prog.py:11: RuntimeWarning: coroutine 'work' was never awaited
          work(2)
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback
        /coro-tests/prog.py:13: RuntimeWarning: coroutine 'work' was never awaited
          task_like.clear()
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback
        """#,
      status: 0),
    ProgramCase(
      "never_awaited_once_per_line",
      source: #"""
        async def ping(i):
            return i

        for i in range(3):
            ping(i)
        ping(99)

        async def main():
            ping(100)

        coro = main()
        try:
            coro.send(None)
        except StopIteration:
            print("main finished")
        """#,
      stdout: "main finished",
      stderr: #"""
        /coro-tests/prog.py:5: RuntimeWarning: coroutine 'ping' was never awaited
          ping(i)
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback
        /coro-tests/prog.py:6: RuntimeWarning: coroutine 'ping' was never awaited
          ping(99)
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback
        /coro-tests/prog.py:9: RuntimeWarning: coroutine 'ping' was never awaited
          ping(100)
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback
        """#,
      status: 0),
    ProgramCase(
      "awaited_no_warning",
      source: #"""
        import asyncio

        async def work(n):
            return n * 2

        async def main():
            a = await work(1)
            t = asyncio.create_task(work(2))
            b = await t
            c = work(3)
            c.close()
            return a, b

        print(asyncio.run(main()))
        """#,
      stdout: "(2, 4)",
      stderr: nil,
      status: 0),
    ProgramCase(
      "never_awaited_rebind",
      source: #"""
        async def work():
            pass

        pending = work()
        x = 1
        pending = None
        print("rebound")
        """#,
      stdout: "rebound",
      stderr: #"""
        /coro-tests/prog.py:6: RuntimeWarning: coroutine 'work' was never awaited
          pending = None
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback
        """#,
      status: 0),
    ProgramCase(
      "task_never_started_destroyed",
      source: #"""
        import asyncio

        async def forever():
            await asyncio.sleep(10)

        loop = asyncio.new_event_loop()
        task = loop.create_task(forever())
        loop.close()
        del task
        print("deleted")
        """#,
      stdout: "deleted",
      stderr: #"""
        Task was destroyed but it is pending!
        task: <Task pending name='Task-1' coro=<forever() running at /coro-tests/prog.py:3>>
        /coro-tests/prog.py:9: RuntimeWarning: coroutine 'forever' was never awaited
          del task
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback
        """#,
      status: 0),
    ProgramCase(
      "task_waiting_destroyed",
      source: #"""
        import asyncio

        async def forever():
            await asyncio.sleep(10)

        loop = asyncio.new_event_loop()
        task = loop.create_task(forever())
        loop.run_until_complete(asyncio.sleep(0))
        loop.close()
        del task
        print("deleted")
        """#,
      stdout: "deleted",
      stderr: #"""
        Task was destroyed but it is pending!
        task: <Task pending name='Task-1' coro=<forever() running at /coro-tests/prog.py:4> wait_for=<Future pending cb=[Task.task_wakeup()]>>
        """#,
      status: 0),
  ]

  @Test("never-awaited warnings as CPython prints them", arguments: cases)
  func program(_ c: ProgramCase) {
    c.check()
  }
}
