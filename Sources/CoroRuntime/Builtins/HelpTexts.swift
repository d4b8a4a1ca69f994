/// The texts `help()` prints: a short note for a learner on each builtin,
/// each asyncio name, the `time` functions the examples use, and a few
/// topics. Each entry is a call line (or title) and one to three lines of
/// explanation.
enum HelpTexts {
  struct Entry {
    let title: String
    let text: String
  }

  static func entry(_ key: String) -> Entry? {
    if let e = topics[key] ?? asyncio[key] ?? time[key] ?? builtins[key] { return e }
    return nil
  }

  /// Keys that name a topic rather than an object (`help("await")`).
  static let topicNames = ["async", "await", "coroutine", "task", "event loop", "prompt"]

  static func e(_ title: String, _ text: String) -> Entry { Entry(title: title, text: text) }

  static let topics: [String: Entry] = [
    "async": e(
      "async def NAME(...): ...",
      """
      Defines a coroutine function. Calling it runs nothing yet: it returns a coroutine
      object, which runs when it is awaited, passed to asyncio.run(), or made a task.
      """),
    "await": e(
      "await EXPRESSION",
      """
      Waits for a coroutine, Task or Future and gives its result. While it waits, the
      event loop runs other tasks. Allowed inside 'async def', and at this prompt.
      """),
    "coroutine": e(
      "coroutine objects",
      """
      What calling an 'async def' function returns: paused work that has not started.
      Run it with 'await coro', asyncio.run(coro) or asyncio.create_task(coro).
      """),
    "task": e(
      "tasks",
      """
      A Task wraps a coroutine and runs it on the event loop, concurrently with other
      tasks. Make one with asyncio.create_task(coro); await it to get its result.
      """),
    "event loop": e(
      "the event loop",
      """
      Runs tasks one step at a time: when a task awaits something that is not ready,
      the loop switches to another task. One thread, many tasks: concurrent, not parallel.
      """),
    "prompt": e(
      "the prompt",
      """
      Type a statement and press Enter. A block (def, for, if, ...) ends with an empty
      line. 'await' works directly here. Tab completes, Up/Down recall, Ctrl-R searches.
      """),
  ]

  static let asyncio: [String: Entry] = [
    "asyncio": e(
      "asyncio: concurrent code with async/await",
      """
      In a program, start with asyncio.run(main()); at this prompt you can also 'await'
      directly. See help(asyncio.NAME) for each name below.
      """),
    "asyncio.run": e(
      "asyncio.run(coro)",
      """
      Makes a new event loop, runs the coroutine as a task until it is done, closes the
      loop and returns the result. The usual entry point of an async program.
      """),
    "asyncio.sleep": e(
      "asyncio.sleep(delay, result=None)",
      """
      Pauses the current task for delay seconds without blocking: other tasks run
      meanwhile. Use it with await: await asyncio.sleep(1).
      """),
    "asyncio.gather": e(
      "asyncio.gather(*aws, return_exceptions=False)",
      """
      Runs the awaitables concurrently (coroutines become tasks) and waits for all of
      them; gives their results as a list, in the order given.
      Example: a, b = await asyncio.gather(work(1), work(2))
      """),
    "asyncio.create_task": e(
      "asyncio.create_task(coro, *, name=None)",
      """
      Schedules the coroutine to run as a Task on the running loop and returns the Task
      at once. It starts when the current task next awaits; await the Task for its result.
      """),
    "asyncio.ensure_future": e(
      "asyncio.ensure_future(obj)",
      """
      Returns a Future or Task for obj: a coroutine is wrapped in a Task (the older way
      to say create_task), a Future is returned as it is.
      """),
    "asyncio.wait_for": e(
      "asyncio.wait_for(aw, timeout)",
      """
      Awaits aw, but gives up after timeout seconds: the work is cancelled and
      TimeoutError is raised.
      """),
    "asyncio.wait": e(
      "asyncio.wait(aws, *, timeout=None, return_when=ALL_COMPLETED)",
      """
      Waits for a set of tasks and returns two sets, (done, pending). Unlike gather it
      does not give results: ask each task with task.result().
      """),
    "asyncio.as_completed": e(
      "asyncio.as_completed(aws, *, timeout=None)",
      """
      Iterate over it to await the awaitables in the order they finish.
      """),
    "asyncio.shield": e(
      "asyncio.shield(aw)",
      """
      Awaits aw but protects it from cancellation: cancelling the waiter does not
      cancel the shielded work.
      """),
    "asyncio.get_event_loop": e(
      "asyncio.get_event_loop()",
      """
      Returns the current event loop (making one if needed). The pre-3.7 style:
      loop = asyncio.get_event_loop(); loop.run_until_complete(main()); loop.close()
      """),
    "asyncio.get_running_loop": e(
      "asyncio.get_running_loop()",
      """
      Returns the loop running the current task; RuntimeError when no loop is running.
      """),
    "asyncio.new_event_loop": e(
      "asyncio.new_event_loop()",
      "Makes a new event loop (not yet running); close() it when done."),
    "asyncio.set_event_loop": e(
      "asyncio.set_event_loop(loop)",
      "Makes loop the current event loop of this thread."),
    "asyncio.current_task": e(
      "asyncio.current_task()",
      "Returns the Task running now (None outside a task)."),
    "asyncio.all_tasks": e(
      "asyncio.all_tasks()",
      "Returns the set of tasks of the running loop that are not done yet."),
    "asyncio.iscoroutine": e(
      "asyncio.iscoroutine(obj)",
      "True if obj is a coroutine object (what calling an 'async def' function gives)."),
    "asyncio.iscoroutinefunction": e(
      "asyncio.iscoroutinefunction(func)",
      "True if func was defined with 'async def'."),
    "asyncio.isfuture": e(
      "asyncio.isfuture(obj)",
      "True if obj is a Future (or a Task, which is a kind of Future)."),
    "asyncio.to_thread": e(
      "asyncio.to_thread(func, *args)",
      """
      Runs a blocking function in a separate thread; await it for the result.
      Example: await asyncio.to_thread(time.sleep, 1)
      """),
    "asyncio.run_coroutine_threadsafe": e(
      "asyncio.run_coroutine_threadsafe(coro, loop)",
      """
      From another thread: schedules coro on loop and returns a
      concurrent.futures.Future to wait on.
      """),
    "asyncio.wrap_future": e(
      "asyncio.wrap_future(future)",
      "Wraps a concurrent.futures.Future in an asyncio Future that can be awaited."),
    "asyncio.Task": e(
      "asyncio.Task(coro)",
      """
      A Future that runs a coroutine on the event loop. Methods: done(), result(),
      cancel(), cancelled(), exception(), add_done_callback(fn), get_name().
      """),
    "asyncio.Future": e(
      "asyncio.Future()",
      """
      A box for a result that is not ready yet. It is PENDING, then FINISHED (with a
      result or an exception) or CANCELLED. add_done_callback(fn) runs fn when it is done.
      """),
    "asyncio.CancelledError": e(
      "asyncio.CancelledError",
      """
      Raised inside a task that was cancelled (task.cancel()), and by awaiting a
      cancelled task. Catch it to clean up, then let it propagate.
      """),
    "asyncio.TimeoutError": e(
      "asyncio.TimeoutError",
      "Raised by wait_for() when the time runs out (the same class as TimeoutError)."),
    "asyncio.InvalidStateError": e(
      "asyncio.InvalidStateError",
      "Raised when a Future is used in the wrong state, e.g. result() before it is done."),
    "asyncio.Queue": e(
      "asyncio.Queue(maxsize=0)",
      """
      A first-in first-out queue for tasks: await queue.put(item), item = await
      queue.get(). Producers and consumers wait for each other without blocking.
      """),
    "asyncio.Lock": e(
      "asyncio.Lock()",
      "Lets one task at a time into a section: async with lock: ..."),
    "asyncio.Event": e(
      "asyncio.Event()",
      "Tasks 'await event.wait()' until another one calls event.set()."),
    "asyncio.Semaphore": e(
      "asyncio.Semaphore(value=1)",
      "Lets at most value tasks at a time into a section: async with sem: ..."),
    "asyncio.timeout": e(
      "asyncio.timeout(delay)",
      "async with asyncio.timeout(2): ... cancels the block after delay seconds."),
    "loop.run_until_complete": e(
      "loop.run_until_complete(future)",
      """
      Runs the loop until future (a coroutine is made a task) is done and returns its
      result. The pre-3.7 way to run a program's main coroutine.
      """),
    "loop.run_in_executor": e(
      "loop.run_in_executor(executor, func, *args)",
      """
      Runs a blocking func in a thread pool (executor None: the default one) and
      returns a Future to await: await loop.run_in_executor(None, time.sleep, 1)
      """),
    "loop.close": e(
      "loop.close()",
      "Closes the event loop; it cannot run again. asyncio.run() does this for you."),
    "loop.create_task": e(
      "loop.create_task(coro)",
      "Schedules coro as a Task on this loop (asyncio.create_task uses the running loop)."),
    "loop.run_forever": e(
      "loop.run_forever()",
      "Runs the loop until loop.stop() is called."),
    "loop.call_soon": e(
      "loop.call_soon(callback, *args)",
      "Calls callback(*args) at the loop's next turn."),
    "loop.call_later": e(
      "loop.call_later(delay, callback, *args)",
      "Calls callback(*args) after delay seconds."),
    "loop.time": e(
      "loop.time()",
      "The loop's clock, in seconds (only differences between two values mean anything)."),
    "Task.cancel": e(
      "task.cancel()",
      "Asks the task to stop: CancelledError is raised inside it at its next await."),
    "Task.result": e(
      "task.result()",
      "The task's return value once it is done (its exception is raised instead, if any)."),
    "Task.done": e(
      "task.done()",
      "True once the task has finished, failed or been cancelled."),
    "Task.add_done_callback": e(
      "task.add_done_callback(fn)",
      "Calls fn(task) on the event loop when the task is done."),
  ]

  static let time: [String: Entry] = [
    "time": e(
      "time: clocks and sleeping",
      "time.time(), time.perf_counter(), time.monotonic() read clocks; time.sleep(s) waits."),
    "time.sleep": e(
      "time.sleep(seconds)",
      """
      Blocks the whole thread for seconds: in async code every task stops too. Inside a
      coroutine use 'await asyncio.sleep(seconds)' instead.
      """),
    "time.time": e(
      "time.time()",
      "Seconds since 1970 as a float; the difference of two calls measures elapsed time."),
    "time.perf_counter": e(
      "time.perf_counter()",
      "A precise clock for measuring how long something takes (use differences)."),
    "time.monotonic": e(
      "time.monotonic()",
      "A clock that never goes backwards (use differences)."),
  ]
}
