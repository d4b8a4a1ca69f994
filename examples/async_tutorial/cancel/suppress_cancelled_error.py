# The idiom for "cancel and wait" in many tutorials: contextlib.suppress(CancelledError).
import asyncio
import contextlib


async def worker():
    while True:
        await asyncio.sleep(0.05)


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.12)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    print("worker cancelled:", task.cancelled())


asyncio.run(main())
