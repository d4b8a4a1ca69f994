# Only awaitables can follow await: an int is not one.
import asyncio


async def main():
    x = await asyncio.sleep(0, 5)
    print("x =", x)
    y = await x
    print("not reached", y)


asyncio.run(main())
