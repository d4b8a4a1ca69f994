# finally blocks run when a task is cancelled, and can still await.
import asyncio


async def worker():
    try:
        print("worker: working")
        await asyncio.sleep(5)
    finally:
        print("worker: cleaning up")
        await asyncio.sleep(0.1)
        print("worker: cleanup done")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: worker cancelled =", task.cancelled())


asyncio.run(main())
