# A queue filled with many items and drained by a consumer: each get() is
# O(1), as with CPython's deque-backed asyncio.Queue.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    count = 0
    while (item := await q.get()) is not None:
        total += item
        count += 1
        q.task_done()
    q.task_done()
    return count, total


async def main():
    q = asyncio.Queue()
    for i in range(100_000):
        q.put_nowait(i)
    print("queued:", q.qsize(), "empty:", q.empty())
    drained = 0
    while not q.empty():
        drained += q.get_nowait()
        q.task_done()
    print("drained:", drained, q)

    q = asyncio.Queue(maxsize=100)
    _, (count, total) = await asyncio.gather(producer(q, 50_000), consumer(q))
    await q.join()
    print("consumed:", count, total, q)
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.get_nowait(), q, q.qsize())


asyncio.run(main())
