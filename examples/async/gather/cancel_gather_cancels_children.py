# Cancelling the gather future cancels every child that is still running.
import asyncio


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    g = asyncio.gather(worker("fast", 0.1), worker("slow1", 0.5), worker("slow2", 0.6))
    await asyncio.sleep(0.2)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        # one child had already finished, so the gather future ends with a
        # CancelledError set as its exception rather than being cancelled
        print("gather cancelled():", g.cancelled())
        print("gather exception:", type(g.exception()).__name__)


asyncio.run(main())
