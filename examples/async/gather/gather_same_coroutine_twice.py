# Passing the same awaitable twice runs it once and repeats its result.
import asyncio


async def once():
    print("running once")
    await asyncio.sleep(0.01)
    return "shared"


async def main():
    c = once()
    print(await asyncio.gather(c, c))
    t = asyncio.create_task(once())
    print(await asyncio.gather(t, t, t))


asyncio.run(main())
