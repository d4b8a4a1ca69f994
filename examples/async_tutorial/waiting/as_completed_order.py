# as_completed yields results in completion order, not submission order.
import asyncio
import time


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name, seconds


async def main():
    start = time.perf_counter()
    coros = [download("big.iso", 0.3), download("small.txt", 0.1), download("medium.zip", 0.2)]
    for i, fut in enumerate(asyncio.as_completed(coros), 1):
        name, secs = await fut
        print(f"{i}. {name} after {time.perf_counter() - start:.1f}s")


asyncio.run(main())
