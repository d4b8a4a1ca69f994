# gather schedules its children in argument order; they start on the
# next loop turn, after the awaiting coroutine suspends.
import asyncio


async def part(name):
    print("start", name)
    await asyncio.sleep(0)
    print("middle", name)
    await asyncio.sleep(0)
    print("end", name)
    return name


async def main():
    g = asyncio.gather(part("x"), part("y"), part("z"))
    print("gather created, nothing started yet")
    print(await g)


asyncio.run(main())
