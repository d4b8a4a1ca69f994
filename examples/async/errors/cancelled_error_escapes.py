# Awaiting a cancelled task raises CancelledError; uncaught, it ends the program.
import asyncio


async def sleeper():
    await asyncio.sleep(5)


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    task.cancel()
    print("task cancelled, now awaiting it")
    await task
    print("not reached")


asyncio.run(main())
