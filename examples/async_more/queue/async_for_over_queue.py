# An async iterator that drains a queue until a sentinel, used with
# async for and an async comprehension.
import asyncio

DONE = object()


class Drain:
    def __init__(self, queue):
        self.queue = queue

    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.queue.get()
        if item is DONE:
            raise StopAsyncIteration
        return item


async def fill(queue, items):
    for item in items:
        await asyncio.sleep(0.005)
        await queue.put(item)
    await queue.put(DONE)


async def main():
    queue = asyncio.Queue()
    asyncio.create_task(fill(queue, ["a", "b", "c"]))
    async for item in Drain(queue):
        print("item", item)
    asyncio.create_task(fill(queue, [1, 2, 3]))
    print([x * 10 async for x in Drain(queue)])


asyncio.run(main())
