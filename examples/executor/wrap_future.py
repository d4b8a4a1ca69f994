# asyncio.wrap_future turns a concurrent.futures.Future into an awaitable
# asyncio Future; run_in_executor does the same for its own submission.
import asyncio
import time
from concurrent.futures import Future, ThreadPoolExecutor


def compute(x):
    time.sleep(0.1)
    return x + 100


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        cfut = pool.submit(compute, 1)
        afut = asyncio.wrap_future(cfut)
        print(isinstance(cfut, Future), isinstance(afut, Future))
        print(isinstance(afut, asyncio.Future), asyncio.isfuture(afut))
        print(await afut, cfut.result())
        efut = loop.run_in_executor(pool, compute, 2)
        print(type(efut).__name__, efut.done())
        print(await efut, efut.done(), efut.result())
        print(asyncio.wrap_future(afut) is afut)


asyncio.run(main())
