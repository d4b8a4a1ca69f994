# "Fetch" five resources concurrently; total time is the longest, not the sum.
import asyncio
import time


async def fetch(resource, delay):
    print(f"fetching {resource}...")
    await asyncio.sleep(delay)
    print(f"got {resource}")
    return {"resource": resource, "size": len(resource) * 100}


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        fetch("users", 0.3),
        fetch("posts", 0.1),
        fetch("comments", 0.2),
    )
    elapsed = time.perf_counter() - start
    for r in results:
        print(r)
    print(f"total: {elapsed:.1f}s (sum of delays would be 0.6s)")
    print(f"rounded: {round(elapsed, 1)}")


asyncio.run(main())
