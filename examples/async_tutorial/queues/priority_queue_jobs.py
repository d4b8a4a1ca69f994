# PriorityQueue of (priority, job) tuples, processed by one worker.
import asyncio


async def worker(q):
    while True:
        prio, job = await q.get()
        print(f"running {job} (priority {prio})")
        await asyncio.sleep(0.01)
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for prio, job in [(3, "backup"), (1, "page oncall"), (2, "deploy"), (1, "alert"), (5, "cleanup")]:
        q.put_nowait((prio, job))
    w = asyncio.create_task(worker(q))
    await q.join()
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("worker stopped, cancelled =", w.cancelled())
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([lq.get_nowait() for _ in range(lq.qsize())])


asyncio.run(main())
