# Awaiting a task that was cancelled raises CancelledError in the awaiter.
import asyncio


async def worker():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    print("waiting for the cancelled task")
    await t


asyncio.run(main())
