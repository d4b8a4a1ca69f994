# A thread hands a result back with call_soon_threadsafe and run_coroutine_threadsafe.
import asyncio
import threading
import time


def worker(loop, fut):
    time.sleep(0.05)
    loop.call_soon_threadsafe(fut.set_result, "from thread")


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


def other_thread(loop, out):
    cf = asyncio.run_coroutine_threadsafe(double(21), loop)
    out.append(cf.result(timeout=5))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    threading.Thread(target=worker, args=(loop, fut)).start()
    print(await fut)
    out = []
    th = threading.Thread(target=other_thread, args=(loop, out))
    th.start()
    while not out:
        await asyncio.sleep(0.01)
    th.join()
    print(out)


asyncio.run(main())
