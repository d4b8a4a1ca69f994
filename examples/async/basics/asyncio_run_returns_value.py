# asyncio.run gives back whatever the main coroutine returns.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]


result = asyncio.run(main())
print("asyncio.run returned", result)
print(asyncio.run(add("a", "b")))
print(asyncio.run(asyncio.sleep(0.01)))
