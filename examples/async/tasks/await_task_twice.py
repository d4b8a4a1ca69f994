# A task runs its coroutine once; awaiting it again gives the same result.
import asyncio


async def expensive():
    print("computing...")
    await asyncio.sleep(0.1)
    return 123


async def main():
    task = asyncio.create_task(expensive())
    first = await task
    second = await task
    print(first, second)
    results = await asyncio.gather(task, task)
    print(results)


asyncio.run(main())
