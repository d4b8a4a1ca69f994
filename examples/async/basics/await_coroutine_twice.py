# A coroutine object can be awaited only once.
import asyncio


async def compute():
    return 7


async def main():
    c = compute()
    print("first:", await c)
    try:
        await c
    except RuntimeError as e:
        print("second:", e)


asyncio.run(main())
