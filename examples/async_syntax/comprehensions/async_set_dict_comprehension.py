# Async set and dict comprehensions, and async generator expressions.
import asyncio


async def readings():
    for name, value in [("a", 3), ("b", 1), ("a", 3), ("c", 2)]:
        await asyncio.sleep(0)
        yield name, value


async def main():
    print(sorted({name async for name, _ in readings()}))
    print({name: value * 10 async for name, value in readings() if value > 1})
    values = (v async for _, v in readings())
    print(type(values).__name__)
    print(sorted([v async for v in values]))
    total = 0
    async for v in (v * v async for _, v in readings()):
        total += v
    print(total)


asyncio.run(main())
