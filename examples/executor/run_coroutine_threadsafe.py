# A worker thread may hand work back to the event loop:
# run_coroutine_threadsafe schedules a coroutine on the loop and returns a
# concurrent.futures.Future the thread can block on, and
# call_soon_threadsafe schedules a plain callback.
import asyncio
import concurrent.futures
import time


async def double_later(x):
    await asyncio.sleep(0.1)
    print('loop: doubling', x)
    return x * 2


def worker(loop, done):
    print('worker: asking the loop')
    fut = asyncio.run_coroutine_threadsafe(double_later(21), loop)
    print('worker: got a concurrent Future:', isinstance(fut, concurrent.futures.Future))
    value = fut.result(timeout=5)
    print('worker: the loop answered', value)
    time.sleep(0.1)
    loop.call_soon_threadsafe(done.set_result, value + 1)
    return 'worker result'


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    result = await loop.run_in_executor(None, worker, loop, done)
    print('main:', result)
    print('main: future says', await done)


asyncio.run(main())
