# Cancelling the task that is inside wait_for cancels the inner task too,
# and waits for it to finish first.
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner: cancelled")
        await asyncio.sleep(0.01)
        print("inner: cleaned up")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer: cancelled")
        raise


async def main():
    task = asyncio.create_task(outer())
    await asyncio.sleep(0.02)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: outer cancelled =", task.cancelled())


asyncio.run(main())
