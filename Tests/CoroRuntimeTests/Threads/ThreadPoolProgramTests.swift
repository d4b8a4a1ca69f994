import Testing

/// Thread pools, run_in_executor and to_thread, with output CPython 3.11.7
/// fixes: worker thread names, max_workers=1 running jobs one after another in
/// submission order (times add up), results and exceptions crossing back to
/// the caller, time.sleep in workers overlapping (times do not add up). Run on
/// the virtual clock, where the printed (rounded) times are exact.
struct ThreadPoolProgramTests {
  static let cases: [ProgramCase] = [
    ProgramCase(
      "worker_names",
      source: #"""
        import asyncio, threading, time
        from concurrent.futures import ThreadPoolExecutor
        def who():
            return threading.current_thread().name
        async def main():
            loop = asyncio.get_running_loop()
            print(await loop.run_in_executor(None, who))
            print(await asyncio.to_thread(who))
            with ThreadPoolExecutor(thread_name_prefix="mine") as pool:
                print(await loop.run_in_executor(pool, who))
        asyncio.run(main())
        def target():
            print("in", threading.current_thread().name)
        t = threading.Thread(target=target)
        t.start(); t.join()
        t = threading.Thread(target=target, name="custom")
        t.start(); t.join()
        print(threading.current_thread().name, threading.main_thread().name)
        with ThreadPoolExecutor() as ex:
            print(ex.submit(who).result())
        with ThreadPoolExecutor(max_workers=1) as ex:
            order = []
            def job(i):
                order.append(("start", i, who()))
                time.sleep(0.1)
                order.append(("end", i))
                return i * i
            futs = [ex.submit(job, i) for i in range(3)]
            print([f.result() for f in futs])
            print(order)
        """#,
      stdout: #"""
        asyncio_0
        asyncio_0
        mine_0
        in Thread-2 (target)
        in custom
        MainThread MainThread
        ThreadPoolExecutor-0_0
        [0, 1, 4]
        [('start', 0, 'ThreadPoolExecutor-1_0'), ('end', 0), ('start', 1, 'ThreadPoolExecutor-1_0'), ('end', 1), ('start', 2, 'ThreadPoolExecutor-1_0'), ('end', 2)]
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "max_workers_one_serializes",
      source: #"""
        import asyncio
        import threading
        import time
        from concurrent.futures import ThreadPoolExecutor

        log = []

        def job(name, seconds):
            log.append(f"{name} starts on {threading.current_thread().name}")
            time.sleep(seconds)
            log.append(f"{name} ends")
            return name.upper()

        def timed(max_workers):
            start = time.monotonic()
            with ThreadPoolExecutor(max_workers=max_workers) as pool:
                futures = [pool.submit(job, name, s) for name, s in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
                results = [f.result() for f in futures]
            return results, round(time.monotonic() - start, 1)

        print(timed(1))
        print("\n".join(log))
        log.clear()

        async def main():
            loop = asyncio.get_running_loop()
            pool = ThreadPoolExecutor(max_workers=1)
            start = loop.time()
            results = await asyncio.gather(*(loop.run_in_executor(pool, job, n, 0.5) for n in "xyz"))
            print(results, round(loop.time() - start, 1))
            pool.shutdown()

        asyncio.run(main())
        print("\n".join(log))
        """#,
      stdout: #"""
        (['A', 'B', 'C'], 0.6)
        a starts on ThreadPoolExecutor-0_0
        a ends
        b starts on ThreadPoolExecutor-0_0
        b ends
        c starts on ThreadPoolExecutor-0_0
        c ends
        ['X', 'Y', 'Z'] 1.5
        x starts on ThreadPoolExecutor-1_0
        x ends
        y starts on ThreadPoolExecutor-1_0
        y ends
        z starts on ThreadPoolExecutor-1_0
        z ends
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "worker_exception_caught",
      source: #"""
        import asyncio
        from concurrent.futures import ThreadPoolExecutor

        def fails(kind):
            if kind == "key":
                raise KeyError("inside worker")
            return 1 // 0

        with ThreadPoolExecutor() as pool:
            future = pool.submit(fails, "key")
            try:
                future.result()
            except KeyError as e:
                print("crossed back:", repr(e), "| exception():", repr(future.exception()))
            print("done:", future.done(), "cancelled:", future.cancelled())

        async def main():
            try:
                await asyncio.to_thread(fails, "zero")
            except ZeroDivisionError as e:
                print("to_thread:", e)
            loop = asyncio.get_running_loop()
            results = await asyncio.gather(
                loop.run_in_executor(None, fails, "key"), asyncio.to_thread(pow, 2, 10),
                return_exceptions=True)
            print(results)

        asyncio.run(main())
        """#,
      stdout: #"""
        crossed back: KeyError('inside worker') | exception(): KeyError('inside worker')
        done: True cancelled: False
        to_thread: integer division or modulo by zero
        [KeyError('inside worker'), 1024]
        """#,
      stderr: nil,
      status: 0),
    ProgramCase(
      "to_thread_sleeps_overlap",
      source: #"""
        import asyncio
        import time

        def blocking(seconds):
            time.sleep(seconds)
            return seconds

        async def main():
            loop = asyncio.get_running_loop()
            start = time.monotonic()
            print(await asyncio.gather(asyncio.to_thread(blocking, 1), loop.run_in_executor(None, blocking, 2)))
            print("overlapped:", round(time.monotonic() - start, 2))
            start = time.monotonic()
            print(blocking(1), blocking(2))
            print("in the loop thread:", round(time.monotonic() - start, 2))

        asyncio.run(main())
        """#,
      stdout: #"""
        [1, 2]
        overlapped: 2.0
        1 2
        in the loop thread: 3.0
        """#,
      stderr: nil,
      status: 0),
  ]

  @Test("thread pool program prints what CPython prints", arguments: cases)
  func program(_ c: ProgramCase) {
    c.check()
  }
}
