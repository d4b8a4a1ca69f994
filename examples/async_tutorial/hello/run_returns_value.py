# asyncio.run returns what main returns; coroutines return values like functions.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return {"x": x, "y": y, "total": x + y}


result = asyncio.run(main())
print("result:", result)
print(type(result).__name__)
print(asyncio.run(add("con", "cat")))
