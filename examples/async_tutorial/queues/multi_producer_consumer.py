# Several producers and consumers share one bounded queue (Real Python's asyncq.py, shrunk).
import asyncio
import random


async def produce(name, q, count, delay):
    for i in range(count):
        await asyncio.sleep(delay)
        item = (name, i)
        await q.put(item)
        print(f"Producer {name} added <{i}> to queue (size {q.qsize()}).")


async def consume(name, q, delay):
    while True:
        pname, i = await q.get()
        await asyncio.sleep(delay)
        print(f"Consumer {name} got element <{pname}:{i}>")
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    producers = [
        asyncio.create_task(produce("P1", q, 3, 0.2)),
        asyncio.create_task(produce("P2", q, 2, 0.54)),
    ]
    consumers = [
        asyncio.create_task(consume("C1", q, 0.3)),
        asyncio.create_task(consume("C2", q, 0.9)),
    ]
    await asyncio.gather(*producers)
    await q.join()
    for c in consumers:
        c.cancel()
    print("full?", q.full(), "size", q.qsize())


asyncio.run(main())
