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


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            dest.set_result(source.result())


def _set_concurrent_future_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(exception)
    else:
        concurrent.set_result(source.result())


def _chain_future(source, destination):
    """Completes `destination` on its loop when `source` completes (in
    whichever thread completes it), and cancels `source` with it."""
    source_loop = source.get_loop() if isfuture(source) else None
    dest_loop = destination.get_loop() if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """An asyncio Future for a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in the loop's default thread pool."""
    loop = get_running_loop()
    import functools
    return await loop.run_in_executor(None, functools.partial(func, *args, **kwargs))


def run_coroutine_threadsafe(coro, loop):
    """Submits a coroutine to a loop running in another thread."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


async def _shutdown_asyncgens(loop, closing_agens):
    # loop.shutdown_asyncgens(): the loop has already forgotten them.
    if not closing_agens:
        return
    results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen,
            })


async def _shutdown_default_executor(loop):
    # As CPython: the pool is shut down (waiting for its workers) in a
    # thread of its own, while the loop keeps running.
    import threading
    executor = loop._default_executor
    future = loop.create_future()

    def do_shutdown():
        try:
            executor.shutdown(wait=True)
            if not loop.is_closed():
                loop.call_soon_threadsafe(_set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not loop.is_closed():
                loop.call_soon_threadsafe(future.set_exception, ex)

    thread = threading.Thread(target=do_shutdown)
    thread.start()
    try:
        await future
    finally:
        thread.join()
    loop.set_default_executor(None)


class Runner:
    """Runs coroutines on one event loop, made on first use and closed by
    close() or at the end of a `with` block (3.11's asyncio.Runner)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = "created"
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False
        self._interrupted = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Cancels what is left, finishes async generators and the default
        executor, then closes the loop."""
        if self._state != "initialized":
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            if self._interrupted:
                executor = loop._default_executor
                if executor is not None:
                    executor.shutdown(wait=False, cancel_futures=True)
            else:
                loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = "closed"

    def get_loop(self):
        """The runner's loop (made now if needed)."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Runs a coroutine on the runner's loop until it completes."""
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        try:
            return self._loop.run_until_complete(task)
        except KeyboardInterrupt:
            # Ctrl-C: close() will not wait for workers still blocked in
            # the default executor (the process is on its way out).
            self._interrupted = True
            raise

    def _lazy_init(self):
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        if self._state == "initialized":
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = "initialized"


def run(main, *, debug=None):
    """Runs a coroutine on a new event loop, then closes the loop."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)
"""#
}
