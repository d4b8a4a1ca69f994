# A failed task keeps its exception: exception() returns it, result() raises it.
import asyncio


async def broken():
    await asyncio.sleep(0.01)
    raise OSError("disk full")


async def main():
    t = asyncio.create_task(broken())
    await asyncio.sleep(0.05)
    print("done:", t.done(), "cancelled:", t.cancelled())
    err = t.exception()
    print("exception():", type(err).__name__, err)
    try:
        t.result()
    except OSError as e:
        print("result() raised:", e, "- same object:", e is err)
    try:
        await t
    except OSError as e:
        print("await raised:", e)


asyncio.run(main())
