# A bounded queue: put() waits while it is full, so a fast producer is
# slowed down to the consumer's pace.
import asyncio


async def producer(queue):
    for i in range(5):
        print("putting", i, "| full:", queue.full())
        await queue.put(i)
    await queue.put(None)


async def consumer(queue):
    while (item := await queue.get()) is not None:
        print("  got", item, "| size now", queue.qsize())
        await asyncio.sleep(0.01)


async def main():
    queue = asyncio.Queue(maxsize=2)
    print(queue, "maxsize =", queue.maxsize)
    await asyncio.gather(producer(queue), consumer(queue))
    print(queue, queue.empty())


asyncio.run(main())
