/// The event loops one thread of Python execution knows about.
///
/// CPython keeps both per OS thread: the running loop in a thread-local
/// (`events._get_running_loop`) and the loop `set_event_loop` installed in
/// the policy's `threading.local`. So a worker thread sees no running loop
/// even while the main thread's loop runs, and `asyncio.run` may run in
/// several threads at once, each with its own loop. Coro keeps them on the
/// thread's VM; only that thread reads or writes them.
struct ThreadEventLoops {
  /// The loop running on this thread (inside `run_forever`), if any.
  var running: PyEventLoop?
  /// The loop `set_event_loop` installed for this thread.
  var current: PyEventLoop?
  /// True once `set_event_loop` was called on this thread (even with
  /// None): from then on `get_event_loop` no longer makes a loop.
  var wasSet = false
}
