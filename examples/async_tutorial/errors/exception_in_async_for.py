# An exception raised inside an async generator mid-iteration.
import asyncio


async def readings():
    for value in [10, 12, None, 14]:
        await asyncio.sleep(0.01)
        if value is None:
            raise ConnectionAbortedError("sensor disconnected")
        yield value


async def main():
    async for r in readings():
        print("reading", r)


asyncio.run(main())
