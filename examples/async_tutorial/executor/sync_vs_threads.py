# The blog-post comparison: sequential blocking calls vs to_thread vs asyncio.sleep.
import asyncio
import time


def blocking(n):
    time.sleep(0.1)
    return n


async def nonblocking(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    t0 = time.perf_counter()
    seq = [blocking(i) for i in range(4)]
    t1 = time.perf_counter()
    threaded = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(4)))
    t2 = time.perf_counter()
    coros = await asyncio.gather(*(nonblocking(i) for i in range(4)))
    t3 = time.perf_counter()
    print(f"sequential: {seq} in {t1 - t0:.1f}s")
    print(f"to_thread:  {threaded} in {t2 - t1:.1f}s")
    print(f"coroutines: {coros} in {t3 - t2:.1f}s")


asyncio.run(main())
