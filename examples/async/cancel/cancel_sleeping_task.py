# task.cancel() throws CancelledError into the task where it is waiting.
import asyncio


async def sleeper():
    print("sleeper: going to sleep for a long time")
    await asyncio.sleep(10)
    print("sleeper: never printed")


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0.1)
    print("cancel() returns", task.cancel())
    print("cancelled right after cancel():", task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print("main: the task was cancelled")
    print("cancelled:", task.cancelled(), "done:", task.done())


asyncio.run(main())
