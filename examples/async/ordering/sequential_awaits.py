# Awaiting coroutines one after another: the second starts after the first ends.
import asyncio
import time


async def job(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "end")
    return name


async def main():
    start = time.monotonic()
    a = await job("A", 0.2)
    b = await job("B", 0.1)
    elapsed = time.monotonic() - start
    print(a, b, f"took about {elapsed:.1f}s")


asyncio.run(main())
