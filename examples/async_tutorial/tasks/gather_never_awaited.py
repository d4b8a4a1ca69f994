# golden: stderr
# A gather() that is never awaited: its failure is logged when it is destroyed,
# under the gathering future's own class name.
import asyncio


async def child():
    await asyncio.sleep(0.01)
    raise KeyError("in gather")


async def main():
    g = asyncio.gather(child(), child())
    await asyncio.sleep(0.05)
    print("never awaited the gather")


asyncio.run(main())
