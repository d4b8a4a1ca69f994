# A cancellation requested by someone else while a timeout block runs is
# not turned into TimeoutError: it stays a CancelledError.
import asyncio


async def worker():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("worker: TimeoutError (unexpected)")
    except asyncio.CancelledError:
        print("worker: cancelled from outside, cancelling() =",
              asyncio.current_task().cancelling())
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: worker cancelled =", task.cancelled())


asyncio.run(main())
