import Testing

/// Event loops per thread, as in CPython (ThreadEventLoops.swift): the
/// running loop and the current loop belong to one thread, loops in
/// different threads run at the same time, and `call_soon_threadsafe`
/// from any thread wakes the thread waiting in that loop. The expected
/// lines are what CPython 3.11.7 printed for the same programs.
struct PerThreadEventLoopTests {
  @Test("a worker thread has no running loop and no current loop while the main loop runs")
  func workerSeesNoLoop() {
    let result = Program.run(#"""
      import asyncio, threading

      def in_thread():
          print("running:", asyncio._get_running_loop())
          try:
              asyncio.get_running_loop()
          except RuntimeError as e:
              print("get_running_loop:", e)
          try:
              asyncio.get_event_loop()
          except RuntimeError as e:
              print("get_event_loop:", e)
          loop = asyncio.new_event_loop()
          asyncio.set_event_loop(loop)
          print("own loop current:", asyncio.get_event_loop() is loop)
          loop.close()

      async def main():
          t = threading.Thread(target=in_thread, name="worker")
          t.start()
          t.join()
          print("main loop still current:", asyncio.get_event_loop() is asyncio.get_running_loop())
          await asyncio.to_thread(lambda: print("in pool:", asyncio._get_running_loop()))

      asyncio.run(main())
      """#)
    #expect(result.lines == [
      "running: None",
      "get_running_loop: no running event loop",
      "get_event_loop: There is no current event loop in thread 'worker'.",
      "own loop current: True",
      "main loop still current: True",
      "in pool: None",
    ], "\(result)")
  }

  @Test("a second loop on the same thread is refused before the coroutine is wrapped")
  func secondLoopOnSameThread() {
    let result = Program.run(#"""
      import asyncio

      async def main():
          other = asyncio.new_event_loop()
          future = other.create_future()
          try:
              other.run_until_complete(future)
          except RuntimeError as e:
              print(e)
          try:
              asyncio.run(asyncio.sleep(0))
          except RuntimeError as e:
              print(e)
          other.close()

      asyncio.run(main())
      """#)
    #expect(result.lines == [
      "Cannot run the event loop while another loop is running",
      "asyncio.run() cannot be called from a running event loop",
    ], "\(result)")
  }

  @Test("asyncio.run in several threads at once: each loop keeps its own timers and tasks")
  func loopsInSeveralThreads() {
    let result = Program.run(#"""
      import asyncio, threading

      log = []

      async def work(name, delays):
          loop = asyncio.get_running_loop()
          t0 = loop.time()
          for d in delays:
              await asyncio.sleep(d)
              log.append((round(loop.time() - t0, 2), name))
          return len(asyncio.all_tasks())

      def thread_main(name, delays, results):
          results[name] = asyncio.run(work(name, delays))

      results = {}
      threads = [
          threading.Thread(target=thread_main, args=("a", (0.1, 0.2), results)),
          threading.Thread(target=thread_main, args=("b", (0.15, 0.1), results)),
      ]
      for t in threads:
          t.start()
      for t in threads:
          t.join()
      print(sorted(log))
      print(sorted(results.items()))
      """#)
    #expect(result.lines == [
      "[(0.1, 'a'), (0.15, 'b'), (0.25, 'b'), (0.3, 'a')]",
      "[('a', 1), ('b', 1)]",
    ], "\(result)")
  }

  @Test("call_soon_threadsafe and run_coroutine_threadsafe reach a loop waiting in another thread")
  func workFromAnotherThread() {
    let source = #"""
      import asyncio, threading
      from concurrent.futures import Future

      def start_loop(loop, ready):
          asyncio.set_event_loop(loop)
          loop.call_soon(ready.set)
          loop.run_forever()

      async def whoami():
          await asyncio.sleep(0.1)
          return threading.current_thread().name

      async def fail():
          raise ValueError("boom")

      loop = asyncio.new_event_loop()
      ready = threading.Event()
      t = threading.Thread(target=start_loop, args=(loop, ready), name="loop-thread")
      t.start()
      ready.wait()
      seen = []
      done = threading.Event()
      loop.call_soon_threadsafe(seen.append, "first")
      loop.call_soon_threadsafe(lambda: (seen.append("second"), done.set()))
      done.wait()
      print(seen)
      f = asyncio.run_coroutine_threadsafe(whoami(), loop)
      print(type(f) is Future, f.result(timeout=1))
      try:
          asyncio.run_coroutine_threadsafe(fail(), loop).result()
      except ValueError as e:
          print("raised:", e)
      loop.call_soon_threadsafe(loop.stop)
      t.join()
      print("running:", loop.is_running())
      loop.close()
      """#
    let expected = ["['first', 'second']", "True loop-thread", "raised: boom", "running: False"]
    let virtual = Program.run(source)
    #expect(virtual.lines == expected, "\(virtual)")
    let real = Program.run(source, virtualTime: false)
    #expect(real.lines == expected, "\(real)")
  }

  @Test("a loop in one worker thread takes work from another worker thread")
  func workerToWorkerLoop() {
    let result = Program.run(#"""
      import asyncio, threading, time

      loop = asyncio.new_event_loop()
      got = []

      def run_loop():
          loop.run_forever()

      def producer():
          for i in range(3):
              time.sleep(0.1)
              loop.call_soon_threadsafe(got.append, (i, round(loop.time() - t0, 2)))
          loop.call_soon_threadsafe(loop.stop)

      t0 = loop.time()
      a = threading.Thread(target=run_loop)
      b = threading.Thread(target=producer)
      a.start()
      b.start()
      b.join()
      a.join()
      loop.close()
      print(got)
      """#)
    #expect(result.stdout == "[(0, 0.1), (1, 0.2), (2, 0.3)]\n", "\(result)")
  }
}
