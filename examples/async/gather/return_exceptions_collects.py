# return_exceptions=True puts exceptions into the result list.
import asyncio


async def divide(a, b):
    await asyncio.sleep(0.01)
    return a / b


async def lookup(key):
    await asyncio.sleep(0.02)
    return {"a": 1}[key]


async def main():
    results = await asyncio.gather(
        divide(1, 2), divide(1, 0), lookup("a"), lookup("z"),
        return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)
    print(results)


asyncio.run(main())
