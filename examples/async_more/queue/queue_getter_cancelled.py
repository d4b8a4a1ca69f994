# Several consumers wait in FIFO order; a waiting get() that is cancelled
# leaves the queue and the item goes to the next consumer.
import asyncio


async def consumer(name, queue, log):
    try:
        item = await queue.get()
        log.append(f"{name} got {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")


async def main():
    queue = asyncio.Queue()
    log = []
    consumers = [asyncio.create_task(consumer(n, queue, log)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    print(queue)
    consumers[0].cancel()
    queue.put_nowait("x")
    queue.put_nowait("y")
    await asyncio.gather(*consumers)
    print(log)
    print(queue)


asyncio.run(main())
