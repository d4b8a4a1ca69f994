# A Semaphore as a rate limiter: at most 3 requests run at once; the
# highest concurrency seen is printed.
import asyncio

active = 0
peak = 0


async def request(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01 * (i % 3 + 1))
        active -= 1
        return i


async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(request(sem, i) for i in range(10)))
    print("results:", results)
    print("max concurrency:", peak)
    print(repr(sem).split(" [")[1])


asyncio.run(main())
