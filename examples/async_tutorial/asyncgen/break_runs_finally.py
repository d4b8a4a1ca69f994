# Breaking out of `async for` over an async generator: its finally block runs
# (the event loop closes the abandoned generator with aclose() a moment later).
import asyncio


async def ticker():
    n = 0
    try:
        while True:
            yield n
            n += 1
            await asyncio.sleep(0.01)
    finally:
        print("ticker stopped at", n)


async def main():
    async for t in ticker():
        print("tick", t)
        if t >= 3:
            break
    print("loop exited")
    await asyncio.sleep(0.05)
    print("main done")


asyncio.run(main())
