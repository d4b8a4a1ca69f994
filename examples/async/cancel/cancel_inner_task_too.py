# Cancelling a task that awaits another task cancels the inner one as well.
import asyncio


async def inner():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    t_inner = asyncio.create_task(inner())
    t_outer = asyncio.create_task(outer(t_inner))
    await asyncio.sleep(0.1)
    t_outer.cancel()
    await asyncio.sleep(0.1)
    print("outer cancelled:", t_outer.cancelled())
    print("inner cancelled:", t_inner.cancelled())


asyncio.run(main())
