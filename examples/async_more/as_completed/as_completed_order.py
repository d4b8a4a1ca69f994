# as_completed() yields awaitables that give results in finishing order,
# not in the order the tasks were passed.
import asyncio


async def download(name, delay):
    await asyncio.sleep(delay)
    return f"{name} ({delay}s)"


async def main():
    tasks = [
        asyncio.create_task(download("big", 0.05)),
        asyncio.create_task(download("small", 0.01)),
        asyncio.create_task(download("medium", 0.03)),
    ]
    for i, next_done in enumerate(asyncio.as_completed(tasks), 1):
        print(i, await next_done)


asyncio.run(main())
