# A simple rate limiter: at most 3 requests per 0.2 s window, using a Semaphore
# whose slots are released by call_later.
import asyncio
import time


class RateLimiter:
    def __init__(self, rate, per):
        self.sem = asyncio.Semaphore(rate)
        self.per = per

    async def __aenter__(self):
        await self.sem.acquire()
        asyncio.get_running_loop().call_later(self.per, self.sem.release)
        return self

    async def __aexit__(self, *exc):
        return False


async def request(limiter, i, start):
    async with limiter:
        t = time.perf_counter() - start
        print(f"request {i} sent at {t:.1f}")


async def main():
    limiter = RateLimiter(3, 0.2)
    start = time.perf_counter()
    await asyncio.gather(*(request(limiter, i, start) for i in range(8)))
    print(f"done at {time.perf_counter() - start:.1f}")


asyncio.run(main())
