# "Synchronous vs asynchronous": the same 5 fake requests done both ways, elapsed rounded.
import asyncio
import time

DELAYS = [0.1, 0.2, 0.15, 0.05, 0.1]


def fetch_sync(i, d):
    time.sleep(d)
    return f"response {i}"


async def fetch_async(i, d):
    await asyncio.sleep(d)
    return f"response {i}"


def run_sync():
    start = time.time()
    results = [fetch_sync(i, d) for i, d in enumerate(DELAYS)]
    return results, time.time() - start


async def run_async():
    start = time.time()
    results = await asyncio.gather(*(fetch_async(i, d) for i, d in enumerate(DELAYS)))
    return results, time.time() - start


sync_results, sync_elapsed = run_sync()
async_results, async_elapsed = asyncio.run(run_async())
print("same results:", sync_results == async_results)
print(f"sync:  {sync_elapsed:.1f} s")
print(f"async: {async_elapsed:.1f} s")
print(f"speed-up: about {round(sync_elapsed / async_elapsed)}x")
