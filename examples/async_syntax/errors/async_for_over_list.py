# async for over a plain list is a TypeError.
import asyncio


async def main():
    items = [1, 2, 3]
    for x in items:
        print("plain for:", x)
    async for x in items:
        print("async for:", x)


asyncio.run(main())
