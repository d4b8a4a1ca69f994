# Waiting on a queue with a timeout, and get_nowait on an empty queue.
import asyncio


async def late_put(q):
    await asyncio.sleep(0.2)
    await q.put("late item")


async def main():
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    asyncio.create_task(late_put(q))
    try:
        item = await asyncio.wait_for(q.get(), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out waiting for an item")
    item = await asyncio.wait_for(q.get(), timeout=0.5)
    print("got", item)
    full = asyncio.Queue(maxsize=1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull raised")


asyncio.run(main())
