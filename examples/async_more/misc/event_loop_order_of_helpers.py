# How many loop iterations the helpers take: counted by a ticker task
# that prints each iteration it sees, interleaved with the main steps.
import asyncio


async def ticker(stop):
    i = 0
    while not stop.is_set():
        print("  tick", i)
        i += 1
        await asyncio.sleep(0)


async def main():
    stop = asyncio.Event()
    t = asyncio.create_task(ticker(stop))
    await asyncio.sleep(0)
    print("wait_for on a ready coroutine")
    await asyncio.wait_for(asyncio.sleep(0), 1)
    print("shield of a new task")
    await asyncio.shield(asyncio.sleep(0))
    print("queue get after put")
    q = asyncio.Queue()
    q.put_nowait(1)
    await q.get()
    print("lock acquire (free)")
    async with asyncio.Lock():
        pass
    print("done")
    stop.set()
    await t


asyncio.run(main())
