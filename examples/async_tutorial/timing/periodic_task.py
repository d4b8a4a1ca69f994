# A periodic job that runs every 0.1 s until stopped, keeping drift out by using a deadline.
import asyncio


async def periodic(interval, stop, log):
    loop = asyncio.get_running_loop()
    start = loop.time()
    next_at = start
    n = 0
    while not stop.is_set():
        n += 1
        log.append(round(loop.time() - start, 1))
        next_at += interval
        try:
            await asyncio.wait_for(stop.wait(), timeout=max(0, next_at - loop.time()))
        except asyncio.TimeoutError:
            pass
    return n


async def main():
    stop = asyncio.Event()
    log = []
    task = asyncio.create_task(periodic(0.1, stop, log))
    await asyncio.sleep(0.45)
    stop.set()
    print("runs:", await task)
    print(log)


asyncio.run(main())
