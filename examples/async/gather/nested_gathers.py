# A gather is itself awaitable, so gathers can be nested.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    print("value", v)
    return v


async def main():
    inner1 = asyncio.gather(value(1, 0.2), value(2, 0.1))
    inner2 = asyncio.gather(value(3, 0.3), value(4, 0.05))
    results = await asyncio.gather(inner1, value(5, 0.15), inner2)
    print(results)


asyncio.run(main())
