# Wrapping the same coroutines in tasks makes them overlap.
import asyncio
import time


async def job(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "end")
    return name


async def main():
    start = time.monotonic()
    ta = asyncio.create_task(job("A", 0.2))
    tb = asyncio.create_task(job("B", 0.1))
    a = await ta
    b = await tb
    elapsed = time.monotonic() - start
    print(a, b, f"took about {elapsed:.1f}s")


asyncio.run(main())
