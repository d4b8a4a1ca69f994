# Measuring with loop.time() and a timing decorator for coroutines.
import asyncio
import functools
import time


def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            print(f"{fn.__name__}{args} took {time.perf_counter() - start:.1f}s")
    return wrapper


@timed
async def work(seconds):
    await asyncio.sleep(seconds)
    return seconds * 2


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.gather(work(0.1), work(0.3), work(0.2)))
    print(f"loop.time elapsed: {loop.time() - t0:.1f}")
    print(work.__name__)


asyncio.run(main())
