/// The part of `asyncio` written in Python: coroutine helpers built on the
/// Swift Future, Task and loop. It runs in the `asyncio` module's
/// namespace, where those primitives are already defined.
///
/// The behaviour (which callbacks run when, what is raised) follows
/// CPython 3.11's asyncio; the code is Coro's own.
enum AsyncioPrelude {
  static let source = #"""
def _loop_of(loop):
    return get_running_loop() if loop is None else loop


async def sleep(delay, result=None):
    """Coroutine that completes after `delay` seconds, returning `result`."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


async def _wrap_awaitable(awaitable):
    return await awaitable


def _cancel_all_tasks(loop):
    pending = _pending_tasks(loop)
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))
    for task in pending:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    """Runs a coroutine on a new event loop, then closes the loop."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        if not iscoroutine(main):
            raise ValueError("a coroutine was expected, got {!r}".format(main))
        if debug is not None:
            loop.set_debug(debug)
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()
"""#
}
