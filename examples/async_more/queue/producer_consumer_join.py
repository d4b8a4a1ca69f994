# Producer/consumer with asyncio.Queue: workers call task_done() for each
# item, and queue.join() waits until every item was processed.
import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(f"item-{i}")
        print("produced", i)
        await asyncio.sleep(0)


async def consumer(name, queue, processed):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.03)
        processed.append((name, item))
        print(name, "processed", item)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    processed = []
    workers = [asyncio.create_task(consumer(f"worker-{i}", queue, processed)) for i in range(2)]
    await producer(queue, 5)
    await queue.join()
    print("all items processed:", len(processed), "queue size:", queue.qsize())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
