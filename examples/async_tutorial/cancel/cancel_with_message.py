# cancel(msg): the message travels with the CancelledError.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker got:", repr(e), e.args)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print("cancel() returned", t.cancel("shutting down"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got:", repr(e))
    print("cancel() again returned", t.cancel())
    print(t.cancelled(), t.done())


asyncio.run(main())
