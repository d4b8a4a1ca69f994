# 10,000 loop.run_in_executor calls of a trivial function, gathered: the
# round trip event loop -> worker thread -> event loop, with the loop's
# default ThreadPoolExecutor.
import asyncio


def work(i):
    return i * i % 1009


async def main(n):
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, work, i) for i in range(n)]
    results = await asyncio.gather(*futures)
    return len(results), sum(results)


print("executor checksum:", *asyncio.run(main(10_000)))
