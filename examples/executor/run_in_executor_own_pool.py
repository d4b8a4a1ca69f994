# Variant of the seed program with an explicit ThreadPoolExecutor of two
# workers: three sleeps of 1, 2 and 1 seconds. The third call waits for a
# free worker (the first one frees up after 1 s), so the total is 2 s, not
# the 4 s of running them one after another.
import asyncio
import concurrent.futures
import time


async def sleep(loop, pool, sec):
    await loop.run_in_executor(pool, time.sleep, sec)
    return sec


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        return await asyncio.gather(*(sleep(loop, pool, s) for s in [1, 2, 1]))


start = time.monotonic()
result = asyncio.run(main())
print('result : {}'.format(result))
print('total time : {0:.1f} sec'.format(time.monotonic() - start))
