# Cancelling a task that already finished does nothing.
import asyncio


async def quick():
    return "quick"


async def main():
    task = asyncio.create_task(quick())
    await task
    print("cancel() returns", task.cancel())
    print("cancelled:", task.cancelled(), "result:", task.result())


asyncio.run(main())
