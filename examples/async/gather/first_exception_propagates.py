# Without return_exceptions, the first exception is raised by the await.
import asyncio


async def ok(n, delay):
    await asyncio.sleep(delay)
    print("ok", n)
    return n


async def fail(msg, delay):
    await asyncio.sleep(delay)
    print("failing with", msg)
    raise ValueError(msg)


async def main():
    try:
        await asyncio.gather(ok(1, 0.1), fail("first", 0.2), fail("second", 0.3))
    except ValueError as e:
        print("gather raised:", e)


asyncio.run(main())
