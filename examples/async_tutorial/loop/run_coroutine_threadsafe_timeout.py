# run_coroutine_threadsafe returns a concurrent.futures.Future: result(timeout)
# raises TimeoutError when the coroutine is slower, cancel() cancels the task in
# the loop's thread, and an exception in the coroutine reaches the caller.
import asyncio
import concurrent.futures
import threading

cancelled_in = []
cancel_seen = threading.Event()


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cancelled_in.append(threading.current_thread().name)
        cancel_seen.set()
        raise


async def broken():
    await asyncio.sleep(0.1)
    raise KeyError("missing")


loop = asyncio.new_event_loop()
thread = threading.Thread(target=loop.run_forever, name="loop-thread")
thread.start()

future = asyncio.run_coroutine_threadsafe(slow(), loop)
print("a concurrent future:", isinstance(future, concurrent.futures.Future))
try:
    future.result(timeout=0.2)
except concurrent.futures.TimeoutError:
    print("timed out; cancel ->", future.cancel())
try:
    future.result()
except concurrent.futures.CancelledError:
    print("result after cancel: CancelledError")
cancel_seen.wait()
print("the task was cancelled in", cancelled_in)

try:
    asyncio.run_coroutine_threadsafe(broken(), loop).result(timeout=5)
except KeyError as e:
    print("raised:", repr(e))

loop.call_soon_threadsafe(loop.stop)
thread.join()
loop.close()
