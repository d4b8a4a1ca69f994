# Wrapping a queue in an async generator that stops on a sentinel.
import asyncio

DONE = object()


async def numbers(q):
    for n in [3, 1, 4, 1, 5, 9, 2, 6]:
        await q.put(n)
        await asyncio.sleep(0.01)
    await q.put(DONE)


async def drain(q):
    while (item := await q.get()) is not DONE:
        yield item


async def main():
    q = asyncio.Queue()
    producer = asyncio.create_task(numbers(q))
    total = 0
    async for n in drain(q):
        total += n
        print(f"got {n}, running total {total}")
    await producer
    print("final", total)


asyncio.run(main())
