# Limit concurrency to 2 downloads at a time with a Semaphore.
import asyncio
import time

sem = None
active = 0


async def download(url, delay):
    global active
    async with sem:
        active += 1
        print(f"start {url} (active={active})")
        await asyncio.sleep(delay)
        active -= 1
        print(f"end   {url}")
        return len(url)


async def main():
    global sem
    sem = asyncio.Semaphore(2)
    start = time.perf_counter()
    urls = [("a.com", 0.1), ("bb.com", 0.25), ("ccc.com", 0.1), ("dddd.com", 0.3), ("e.com", 0.1)]
    sizes = await asyncio.gather(*(download(u, d) for u, d in urls))
    print(sizes)
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
