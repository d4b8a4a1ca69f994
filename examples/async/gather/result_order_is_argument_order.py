# gather returns results in argument order, not in finishing order.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()


async def main():
    results = await asyncio.gather(fetch("c", 0.3), fetch("a", 0.1), fetch("b", 0.2))
    print(results)


asyncio.run(main())
